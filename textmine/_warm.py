"""Warm a fork server: importing this module loads the lexicons and builds every matcher once.

The corpus runner's worker processes are forked from a fork server that imports this module
first (:func:`textmine.engines.ordered_map`'s ``preload``), so each worker starts with the
lexicons parsed, the regexes compiled and the theme automaton built, instead of doing it
itself: with two workers on two cores that work would otherwise be done twice, once per core.
This is the one module of the package that does work at import, on purpose; nothing else
imports it. Its regexes come from the disk cache of :mod:`textmine._recache` where they were
compiled before (a third of the warm-up otherwise). A failure here is logged and ignored (the
workers then warm themselves).

Example:
    >>> import textmine._warm  # doctest: +SKIP
"""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger(__name__)

#: A small report in the 2021 format: every stage runs on it (a title, sections, prose counts,
#: a table row), so every lexicon and matcher a report needs is loaded.
SAMPLE = """某县人民政府2022年政府信息公开工作年度报告
一、总体情况
2022年，某县人民政府主动公开政府信息120条，召开新闻发布会3次，收到政府信息公开申请5件。
二、主动公开政府信息情况
第二十条第（一）项 规章 0 0 0 规范性文件 2 1 5
三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请数量 5 0 0 0 0 0 5
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
下一步，我县将加强培训。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


def warm() -> None:
    """Run the whole pipeline once on :data:`SAMPLE` (and the output rows and cross-year
    reduction a worker makes), so that everything loaded on first use is loaded."""
    from textmine.corpus import compact_reports
    from textmine.frames import report_rows
    from textmine.ingest import read_document
    from textmine.meta import body_issuers
    from textmine.pipeline import analyze

    report = analyze(read_document(SAMPLE.encode("utf-8"), name="warm.txt"))
    compact_reports(report_rows(report))
    body_issuers(SAMPLE)  # the sample's title names its body; reports that do not need these cues


try:
    from textmine import _recache

    _recache.install()  # the patterns compiled last time come from the cache (the workers inherit it)
    warm()
    _recache.save()
except Exception:  # noqa: BLE001 - a warm-up must never stop a run
    logger.warning("warming the fork server failed; workers load their lexicons themselves", exc_info=True)
# What the warm-up loaded (lexicons, compiled regexes, matchers: some 30,000 objects that live as
# long as the process) is moved out of the cyclic garbage collector's sight: each worker forked from
# here would otherwise walk all of it again in every full collection (and touch every page of it,
# which undoes the sharing of those pages between the fork server and its workers).
gc.freeze()
