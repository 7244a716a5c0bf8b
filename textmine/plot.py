"""Figures with Chinese labels: theme emphasis, keyness, indicator series, findings.

Every figure is drawn with a font that has glyphs for every CJK character of its labels (found
among the system's fonts by :func:`find_cjk_font`), never with boxes: when no such font is
installed a :class:`MissingFontError` says which package to install. Needs the ``plot`` extra
(matplotlib); figures are drawn with the ``Agg`` backend and saved as PNG and SVG by
:func:`save`.

Example:
    >>> from textmine import plot  # doctest: +SKIP
    >>> fig = plot.emphasis_heatmap(emphasis_table, by="year")  # doctest: +SKIP
    >>> plot.save(fig, "results/emphasis")  # doctest: +SKIP
    [PosixPath('results/emphasis.png'), PosixPath('results/emphasis.svg')]
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textmine.errors import MissingDependencyError, TextmineError

logger = logging.getLogger(__name__)

#: Font families known to carry Chinese glyphs, in order of preference.
PREFERRED = ("Noto Sans CJK SC", "Noto Sans CJK", "Source Han Sans", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Noto Serif CJK", "SimHei", "Microsoft YaHei", "PingFang SC",
             "Heiti SC", "AR PL UMing")  # fmt: skip

#: Fonts whose "glyphs" are placeholder boxes for every character (never chosen).
PLACEHOLDER_FONTS = ("Last Resort",)

#: Characters every chosen font must have (common in labels), besides a figure's own labels.
PROBE = "政府信息公开年度报告主动依申请行政复议诉讼总计主题份额区县省市"

RE_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

INSTALL_HINT = (
    "no font with Chinese glyphs found: install one, e.g. `apt-get install fonts-noto-cjk` "
    "(or fonts-wqy-microhei) on Debian/Ubuntu, `brew install --cask font-noto-sans-cjk` on macOS; "
    "matplotlib finds it on the next run"
)


class MissingFontError(TextmineError, RuntimeError):
    """No installed font covers the Chinese characters of a figure."""


@dataclass(frozen=True)
class FontChoice:
    """A font file and its family name."""

    name: str
    path: str


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise MissingDependencyError("matplotlib", "plot") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


@functools.lru_cache(maxsize=64)
def _charmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    try:
        return frozenset(FT2Font(path).get_charmap())
    except (OSError, RuntimeError, ValueError):
        return frozenset()


def _family(path: str) -> str:
    from matplotlib.ft2font import FT2Font

    try:
        return FT2Font(path).family_name
    except (OSError, RuntimeError, ValueError):
        return ""


def covers(font: FontChoice, text: str) -> bool:
    """Whether ``font`` has a glyph for every CJK character of ``text``."""
    charmap = _charmap(font.path)
    return all(ord(ch) in charmap for ch in set(RE_CJK.findall(text)))


def find_cjk_font(text: str = "") -> FontChoice | None:
    """The installed font that covers the CJK characters of :data:`PROBE` and ``text``.

    Preferred families come first (:data:`PREFERRED`), then any other font that covers them.
    ``TEXTMINE_FONT`` (a family name or a font file) overrides the search.
    """
    wanted = PROBE + text
    fonts = _ranked_fonts()
    forced = os.environ.get("TEXTMINE_FONT")
    if forced:
        fonts = tuple(f for f in fonts if forced in (f.name, f.path)) or (
            (FontChoice(Path(forced).stem, forced),) if Path(forced).is_file() else ()
        )
    for font in fonts:
        if covers(font, wanted):
            return font
    return None


@functools.lru_cache(maxsize=1)
def _ranked_fonts() -> tuple[FontChoice, ...]:
    """The system's fonts, preferred families first (read once: it walks the font folders)."""
    _pyplot()
    from matplotlib import font_manager

    known = {f.fname for f in font_manager.fontManager.ttflist}
    fonts = [FontChoice(f.name, f.fname) for f in font_manager.fontManager.ttflist]
    # fonts installed after matplotlib built its font cache are not in it yet
    fonts += [FontChoice(_family(path), path) for path in font_manager.findSystemFonts() if path not in known]
    fonts = sorted((f for f in fonts if f.name and not f.name.startswith(PLACEHOLDER_FONTS)), key=lambda f: (f.name, f.path))
    return tuple(sorted(
        fonts, key=lambda f: next((k for k, p in enumerate(PREFERRED) if f.name.startswith(p)), len(PREFERRED))
    ))  # fmt: skip


def _labels(fig: Any) -> str:
    """Every text drawn in a figure (titles, tick labels, legends, annotations)."""
    return "".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def _font_or_raise(text: str) -> FontChoice:
    font = find_cjk_font(text)
    if font is None:
        raise MissingFontError(INSTALL_HINT)
    return font


def _figure(labels: Iterable[str], **kwargs: Any) -> tuple[Any, Any, FontChoice]:
    """A new figure whose font covers ``labels`` (kept on the figure for drawing and saving)."""
    plt = _pyplot()
    from matplotlib import font_manager

    font = _font_or_raise("".join(map(str, labels)))
    font_manager.fontManager.addfont(font.path)
    with _font_context(font):
        fig, ax = plt.subplots(**kwargs)
    fig._textmine_font = font
    return fig, ax, font


def _font_context(font: FontChoice) -> Any:
    plt = _pyplot()
    return plt.rc_context({"font.family": [font.name, "DejaVu Sans"], "axes.unicode_minus": False})


def _drawn(fig: Any) -> Any:
    """Finish a figure: lay it out and give every text the figure's font."""
    font: FontChoice = fig._textmine_font
    for text in fig.findobj(lambda a: hasattr(a, "set_fontfamily") and hasattr(a, "get_text")):
        text.set_fontfamily([font.name, "DejaVu Sans"])
    with _font_context(font):
        fig.tight_layout()
    return fig


def emphasis_heatmap(emphasis: Any, *, by: str, value: str = "share") -> Any:
    """Groups × themes heatmap of the emphasis table of :func:`textmine.compare.emphasis`.

    Args:
        emphasis: a long table with ``by``, ``theme`` and ``value`` columns.
        by: the grouping column (``year``, ``admin_level`` …).
    """
    wide = emphasis.pivot_table(index=by, columns="theme", values=value, aggfunc="mean")
    labels = [str(c) for c in wide.columns] + [str(i) for i in wide.index] + [by, value]
    fig, ax, _ = _figure(labels, figsize=(1.5 + 0.5 * wide.shape[1], 1.5 + 0.4 * wide.shape[0]))
    image = ax.imshow(wide.to_numpy(dtype=float), aspect="auto", cmap="Blues")
    ax.set_xticks(range(wide.shape[1]), [str(c) for c in wide.columns], rotation=60, ha="right")
    ax.set_yticks(range(wide.shape[0]), [str(v) for v in wide.index])
    ax.set_ylabel(by)
    fig.colorbar(image, ax=ax, label=value)
    return _drawn(fig)


def keyness_bars(keyness: Any, *, n: int = 10, score: str = "z") -> Any:
    """The ``n`` most distinctive features of each group, one panel a group."""
    top = keyness.sort_values(score, ascending=False).groupby("group", sort=True).head(n)
    groups = sorted(top["group"].unique(), key=str)
    labels = [str(v) for v in top["feature"]] + [str(g) for g in groups]
    fig, axes = _figure(labels, ncols=max(1, len(groups)), figsize=(3.2 * max(1, len(groups)), 4), squeeze=False)[:2]
    for ax, group in zip(axes[0], groups, strict=False):
        part = top.loc[top["group"] == group].sort_values(score)
        ax.barh([str(f) for f in part["feature"]], part[score])
        ax.set_title(str(group))
        ax.set_xlabel(score)
    return _drawn(fig)


def indicator_series(
    panel: Any, indicator: str, *, issuers: Sequence[str] | None = None, label: str | None = None
) -> Any:
    """An indicator over the years, one line per issuer, with the template era breaks marked.

    Args:
        panel: a table with ``issuer``, ``year``, ``template`` and the ``indicator`` column
            (the issuer-year panel of ``textmine panel``).
        indicator: the column to draw.
        issuers: the issuers to draw (default: all; keep it to a handful).
        label: the y-axis label (default: the column name).
    """
    data = panel.dropna(subset=["year"])
    if issuers is not None:
        data = data[data["issuer"].isin(list(issuers))]
    names = sorted(data["issuer"].dropna().unique(), key=str)
    fig, ax, _ = _figure(names + [label or indicator, "年份"], figsize=(7, 4))
    for name in names:
        part = data[data["issuer"] == name].sort_values("year")
        ax.plot(part["year"], part[indicator], marker="o", label=str(name))
    eras = data.dropna(subset=["template"]).groupby("template")["year"].min().sort_values()
    for template, year in list(eras.items())[1:]:
        ax.axvline(year - 0.5, color="grey", linestyle=":", linewidth=1)
        ax.annotate(str(template), (year - 0.5, 1), xycoords=("data", "axes fraction"), rotation=90,
                    va="top", ha="right", fontsize=8, color="grey")  # fmt: skip
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("年份")
    ax.set_ylabel(label or indicator)
    if names:
        ax.legend(fontsize=8)
    return _drawn(fig)


def findings_summary(findings: Any) -> Any:
    """How many findings of each check, split by severity (errors against the report and
    warnings, which include our own uncertainty)."""
    counts = findings.groupby(["check_id", "severity"]).size().unstack(fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    labels = [str(i) for i in counts.index] + ["检查项", "发现数"]
    fig, ax, _ = _figure(labels, figsize=(6, 1.5 + 0.3 * len(counts)))
    left = None
    for severity in [c for c in ("error", "warning") if c in counts.columns]:
        ax.barh([str(i) for i in counts.index], counts[severity], left=left, label=severity)
        left = counts[severity] if left is None else left + counts[severity]
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("发现数")
    ax.set_ylabel("检查项")
    ax.legend()
    return _drawn(fig)


def save(fig: Any, stem: str | os.PathLike[str], *, formats: Sequence[str] = ("png", "svg")) -> list[Path]:
    """Save a figure as ``stem.png`` and ``stem.svg`` and close it.

    Raises:
        MissingFontError: the figure's font lacks a glyph of one of its labels.
    """
    plt = _pyplot()
    font: FontChoice | None = getattr(fig, "_textmine_font", None)
    labels = _labels(fig)
    if font is not None and not covers(font, labels):
        missing = sorted({c for c in RE_CJK.findall(labels) if ord(c) not in _charmap(font.path)})
        plt.close(fig)
        raise MissingFontError(f"the font {font.name} has no glyph for {''.join(missing[:20])}: {INSTALL_HINT}")
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for fmt in formats:
        path = stem.with_suffix(f".{fmt}")
        with _font_context(font) if font is not None else contextlib.nullcontext():
            fig.savefig(path, dpi=150, metadata={"Date": None} if fmt == "svg" else None)
        out.append(path)
    plt.close(fig)
    return out
