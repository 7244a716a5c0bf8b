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
#: a table row). The warm-up also reads a report of every template era (:func:`template_sample`).
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


#: Prose counts of the kinds reports print (a share, a rate, a change on last year, last year's
#: count, a running total over years, new and carried-over parts, the body's own count beside the
#: county's, a review the body decides): in every template sample's overview, so that the prose
#: checks run on them against a table and compile their patterns here, not in each worker at its
#: first such sentence.
PROSE = """全年共受理政府信息公开申请12件，较上年增加2件，办结12件，办结率100%，其中予以公开5件，占办结总数的41.7%。
本年度新收申请12件，去年为10件。2019—2022年累计受理政府信息公开申请47件。依申请公开答复12件。
全年共收到申请15件。其中，新收12件，上年结转3件。全县共受理政府信息公开申请28件，其中县政府本级受理12件。
本府办理下级机关政府信息公开行政复议案件2件；未发生因政府信息公开引起的行政诉讼。"""


def template_sample(name: str) -> str:
    """A small report of the template era ``name``, made from the template lexicon alone: a
    title of the era's first year, an overview with :data:`PROSE`, then every table of the
    template with its caption, its column headers and every row label followed by its values
    (each row's share of columns),
    so that the table reader, the checks and the cross-year reduction meet every label of the
    era (each label's patterns are compiled, and its memos filled, here and not in each worker).
    """
    from textmine.tables.registry import get_template

    template = get_template(name)
    years = [int(y) for y in _template_years(name) if y]
    year = years[0] if years else 2021
    lines = [
        f"某县人民政府{year}年政府信息公开工作年度报告",
        "一、总体情况",
        f"{year}年，某县人民政府主动公开政府信息120条，收到政府信息公开申请5件。",
        PROSE,
    ]
    for table in template.tables:
        lines.append(table.caption or table.key)
        lines.append(
            "\t".join([*(table.headers[:1] or ("项目",)), *(c.label for c in table.columns)])
        )
        for k, row in enumerate(table.rows):
            width = len(row.cols) or len(table.columns)
            values = [] if row.header else [str((k + j) % 3) for j in range(width)]
            lines.append("\t".join([row.label, *values]))
    lines += [
        "五、存在的主要问题及改进情况",
        "下一步，我县将加强培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    return "\n".join(lines) + "\n"


def _template_years(name: str) -> tuple[object, ...]:
    """The ``years`` of the template ``name`` in the template lexicon (first and last year)."""
    from textmine.lexicons import load_yaml
    from textmine.tables.registry import LEXICON

    return tuple((load_yaml(LEXICON).get("templates") or {}).get(name, {}).get("years") or ())


def warm() -> None:
    """Run a worker's per-document function (:func:`textmine.corpus.process_input`, with the
    options of a run of several workers) on :data:`SAMPLE` and on a report of every template era
    (:func:`template_sample`), so that everything a worker loads, compiles or remembers on first
    use for any report (lexicons, the label patterns of every era's tables, the checks, the
    cross-year reduction, the packed columns) is done once here, before the workers fork."""
    from textmine.corpus import Input, Options, process_input
    from textmine.ingest.crawl import CrawlRow
    from textmine.meta import body_issuers
    from textmine.tables.labels import label_pattern, wrapped_gap_taken
    from textmine.tables.registry import template_names

    options = Options(compact=True, readings=True, optional=False, columnar=True)
    samples = [SAMPLE, *(template_sample(name) for name in template_names())]
    for k, text in enumerate(samples):
        name = f"warm-{k}.txt"
        done = process_input(
            Input(path=name, display=name, row=CrawlRow(row=k + 1, text=text)), options=options
        )
        # process_input never raises: a broken stage says so here
        if done.manifest["status"] == "error":
            raise RuntimeError(f"the warm-up report {name} failed: {done.manifest['message']}")
    body_issuers(SAMPLE)  # the sample's title names its body; reports that do not need these cues
    for key in template_label_keys():  # a report prints some of them spaced out or wrapped
        label_pattern(key)
    # a row label wrapped in layout text, at any of its characters
    for char in template_gap_chars():
        wrapped_gap_taken(char)


def template_gap_chars() -> set[str]:
    """Every character but the first of every template row's label keys: the characters the table
    reader may find after a break inside a row label (``结 果\\n维 持``) and checks with
    :func:`~textmine.tables.labels.wrapped_gap_taken`, one pattern of some 8 kB per character (3 ms
    to compile, some 260 characters: read from the regex cache in the warm-up, compiled in full
    once per worker and character otherwise).

    >>> "息" in template_gap_chars()  # doctest: +SKIP
    True
    """
    from textmine.tables.registry import get_template, template_names

    chars: set[str] = set()
    for name in template_names():
        for table in get_template(name).tables:
            for row in table.rows:
                for key in row.match_keys:
                    chars.update(key[1:])
    return chars


def template_label_keys() -> set[str]:
    """The keys the table reader finds with :func:`~textmine.tables.labels.label_pattern` in any
    report (the label gapped by blanks or line breaks: ``结 果\\n维 持``): every template's markers,
    its tables' anchors and their column labels (some sixty small patterns). Compiled in the
    warm-up, they are not compiled again in each worker that meets one of them printed so.
    (Row labels are found with :func:`~textmine.tables.labels.row_pattern`, compiled only for a
    label that wraps around its values in layout text: ten times as costly each, and a few
    hundred, they stay compiled on first use.)"""
    from textmine.tables.labels import RE_SPACES
    from textmine.tables.registry import get_template, template_names

    keys: set[str] = set()
    for name in template_names():
        template = get_template(name)
        keys.update(m.replace(" ", "") for m in template.markers)
        for table in template.tables:
            keys.update(a.replace(" ", "") for a in table.anchors)
            keys.update(RE_SPACES.sub("", a) for a in table.anchors)
            keys.update(k for column in table.columns for k in column.match_keys if len(k) >= 2)
    return keys


try:
    from textmine import _recache

    _recache.install()  # the patterns compiled last time come from the cache (the workers inherit it)
    warm()
    _recache.save()
    from textmine import literals

    literals.save_cache()  # what the warm-up worked out of the lexicons' patterns (gates, first characters)
except Exception:  # noqa: BLE001 - a warm-up must never stop a run
    logger.warning(
        "warming the fork server failed; workers load their lexicons themselves", exc_info=True
    )
# What the warm-up loaded (lexicons, compiled regexes, matchers: some 30,000 objects that live as
# long as the process) is moved out of the cyclic garbage collector's sight: each worker forked from
# here would otherwise walk all of it again in every full collection (and touch every page of it,
# which undoes the sharing of those pages between the fork server and its workers).
gc.freeze()
