"""Metadata and section accuracy on the probe corpus (``tests/cases/probes``).

Run from the project root::

    python bench/probe_meta.py            # accuracy per field, and every miss
    python bench/probe_meta.py --quiet    # accuracy only
    python bench/probe_meta.py --set probes2   # the held-out set of tests/probe_hand2.py
    python bench/probe_meta.py --set probes3   # the third held-out set, tests/probe_hand3.py
    python bench/probe_meta.py --set probes4   # sections in hard contexts, tests/probe_hand4.py
    python bench/probe_meta.py --set probes5   # metadata in new shapes, tests/probe_hand5.py
    python bench/probe_meta.py --set probes6   # portal pages, PDF text, crawl rows, 兵团, tests/probe_hand6.py
    python bench/probe_meta.py --set probes7   # sections of flattened crawls, combined headings, tests/probe_hand7.py
    python bench/probe_meta.py --set probes8   # early headings, contact-line issuers, site-name titles, tests/probe_hand8.py
    python bench/probe_meta.py --set probes9   # Word files, PDFs, portal pages, crawl tables, tests/probe_hand9.py
    python bench/probe_meta.py --set probes10  # old era, vertical bodies, damaged text, encodings, tests/probe_hand10.py
    python bench/probe_meta.py --set probes11  # generic crawl titles, offices, every division, cut and run-in heads, tests/probe_hand11.py
    python bench/probe_meta.py --set probes12  # first years, 20 provinces' bodies, portal chrome, signature dates, tests/probe_hand12.py
    python bench/probe_meta.py --set probes13  # western provinces' bodies, seals, bylines, chrome outside the article, tests/probe_hand13.py
    python bench/probe_meta.py --set probes14  # notices, bilingual and OCR-damaged reports, special bodies, odd heading marks, tests/probe_hand14.py
    python bench/probe_meta.py --set probes15  # nine provinces' bodies, streets of districts, crawls without titles, new bodies, tests/probe_hand15.py
    python bench/probe_meta.py --set probes16  # section trees: run-in, cut and page-split heads, part lists, combined parts, tests/probe_hand16.py
    python bench/probe_meta.py --set probes17  # section trees: body-worded 2019/2021 parts, old 8-12 parts, 1./第一、, tables between parts, tests/probe_hand17.py
    python bench/probe_meta.py --set probes18  # issuer/level on unseen crawls of ten provinces: 我局 rows, short titles, co-signed, stems, tests/probe_hand18.py
    python bench/probe_meta.py --set probes19  # issuer/level/places on unseen reports of eleven provinces: preambles, contact lines, 副省级 districts, 县级市, zones, tests/probe_hand19.py
    python bench/probe_meta.py --set probes20  # section trees: local part words, bare 2016-era heads, 其他 sub-parts, 附表/附件 lists, 专栏, （一） parts, tests/probe_hand20.py
    python bench/probe_meta.py --set probes21  # issuer/level/places of sixteen western and northern provinces: column titles, portal pages, vertical bodies, tests/probe_hand21.py
    python bench/probe_meta.py --set probes22  # section trees: Markdown/<h2>/Word-style heads, 2008-12 and 2019 parts, 第一部分, 一是, captions, tests/probe_hand22.py
    python bench/probe_meta.py --set probes23  # issuer/level/places: year-first and 关于印发 titles, 我委+落款, 门户网站 pages, 附件1 Word, url hosts, tests/probe_hand23.py
    python bench/probe_meta.py --set probes24  # issuer/level/places: cities without districts, 省直辖 units, zone/scenic committees, 农垦/林场, 全市 reports, 2008-10, OCR, name-only/date-only rows, tests/probe_hand24.py
    python bench/probe_meta.py --set probes25  # section trees: 政务公开 reports (五公开, 解读回应, 平台), 目录, 前言/结语, notes, 1./（一） parts, 问答, tests/probe_hand25.py
    python bench/probe_meta.py --set probes26  # issuer/level/places: 省X厅 short forms, county bureaus without the county, shared district names, 城关镇, vertical bodies, 《》/【发布时间】 rows, tests/probe_hand26.py
    python bench/probe_meta.py --set probes27  # section trees: 8-10 part provincial departments, merged 四, page-numbered/【】/■●◆/question heads, one-line crawls, tests/probe_hand27.py
    python bench/probe_meta.py --set probes28  # issuer/level/places: county bodies without province or city, short forms, 旗/特区/林区, url-host counties, shared district names, tests/probe_hand28.py
    python bench/probe_meta.py --set probes29  # section trees: run-in heads without punctuation, hard-wrapped/mixed-numbered/bold-outside/Word-style heads, part lists, 结语/附件/说明, plans sentences, no-plans reports, lists like parts, tests/probe_hand29.py
    python bench/probe_meta.py --set probes30  # issuer/level/year/published/meta_source: crawl tables' rows (generic titles, crawl days), 一、-first texts naming the body once, 我厅+contact/编制 lines, renamed 省直 bodies, 委员会/plaques/办公厅, zone committees, period-only years, tests/probe_hand30.py
    python bench/probe_meta.py --set probes31  # section trees: body-worded/reworded/cut titles, auto-numbered Word heads, 第一、/Ⅰ/①/㈠ parts, colon run-ons, 上/下 halves, captions, 附表 between parts, 一是 plans, closing-paragraph plans, tests/probe_hand31.py
    python bench/probe_meta.py --set probes32  # issuer/level/places/year: names holding another body's name, 党委+政府 co-signed towns, 村/社区 committees, institutions, 二〇〇九年/上年度, English issuer lines, publication-year titles, 发布机构 boxes, 兵团/林区/矿区/自治州 bodies, tests/probe_hand32.py
    python bench/probe_meta.py --set probes33  # section trees: small bodies' own-word parts, prefixed 2021 titles, 【】/〖〗/■ heads, question/slogan heads, bare 概述/主要工作/存在问题/下一步打算 lines, a closing 附：…统计表 line, problems and plans as parts, one-paragraph reports, tests/probe_hand33.py

The probes are reports written for textmine (fictional bodies of real provinces, 2013–2025,
no title lines, issuers named only in the body, flattened layouts; see
``tests/probe_writer.py``). Each is read through the whole pipeline with its crawler header,
and its issuer, admin level, province, city, county, year, level-1 section kinds and whether a
``plans`` part (section or item) was found are compared with the hand-written expectations;
where a probe lists its level-1 heading ``titles`` (the held-out sets ``probes2`` and ``probes3``), those are
compared too (spaces and a trailing full stop or colon ignored), so a heading that runs into its
first sentence or is cut short counts as a miss. ``sections F1`` scores the level-1 headings
(kind and title) the way ``score_gold.py`` scores gold sections: a heading counts when a section
of any level with the same title (punctuation ignored, containment allowed) has its kind, and
top-level sections that match no heading count against precision. Like ``score_gold.py`` it takes
the first section in reading order whose title contains or is contained in the heading's, so the
sub-head ``（一）主动公开`` of 总体情况 (kind ``overview``, as SCHEMA.md §1 wants) takes the heading
主动公开政府信息情况 from the part itself: one miss and one extra section per report. ``exact
first`` scores the same way but lets a section with the very title win before containment is tried,
so what is left is textmine's own misses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
FIELDS = ("issuer", "admin_level", "province", "city", "county", "year")


def read_probe(pid: str, entry: dict, *, folder: Path = CASES / "probes"):  # noqa: ANN201 - a Report
    """The analysed report of one probe (its text, page, Word file, PDF or crawl row), its crawler
    header applied."""
    from tests.probe_sets import read_probe as read

    return read(folder, pid, entry)


def observed(report) -> dict:  # noqa: ANN001
    """The fields compared with the expectations."""
    from textmine.frames import outline_order

    m = report.meta
    kinds = [s.kind for s in report.sections if s.level == 1]
    plans = any(s.kind == "plans" for s in report.sections) or bool((report.items["kind"] == "plans").any())
    titles = [_bare(s.title) for s in report.sections if s.level == 1]
    tree = [(s.level, s.title, s.kind) for s in outline_order(report.sections)]  # as the sections table lists them
    return {"tree": tree, "issuer": m.issuer, "admin_level": m.admin_level, "province": m.province, "city": m.city,
            "county": m.county, "year": m.year, "published": m.published, "template": m.template, "kinds": kinds, "plans": plans, "titles": titles,
            "meta_source": meta_source(report)}


def meta_source(report) -> str:  # noqa: ANN001
    """``crawl`` when the report's title, date or issuer came from a crawl table's row, else ``text``: the
    ``reports.meta_source`` column (SCHEMA.md), as ``textmine.frames`` writes it."""
    return "crawl" if {"title", "date", "issuer"} & report.document.source.keys() else "text"


def _bare(title: str) -> str:
    """A heading title without spaces and without a trailing full stop or colon."""
    return re.sub(r"[。．.：:]+$", "", re.sub(r"\s+", "", title or ""))


def _norm(title: str) -> str:
    """A title as ``score_gold.py`` compares it."""
    return re.sub(r"[\s\u3000（）()、．.，,：:；;。]", "", title or "")


def section_counts(
    want_kinds: list[str], want_titles: list[str], tree: list[tuple[int, str, str]], *, exact_first: bool = False
) -> tuple[int, int, int]:
    """True positives, false positives and misses of one report's level-1 headings, as score_gold scores them
    (``exact_first``: a section with the very title is taken before one that only contains it or is
    contained in it).

    >>> tree = [(1, "总体情况", "overview"), (2, "主动公开", "overview"), (1, "主动公开政府信息情况", "proactive")]
    >>> section_counts(["overview", "proactive"], ["总体情况", "主动公开政府信息情况"], tree)
    (1, 1, 1)
    >>> section_counts(["overview", "proactive"], ["总体情况", "主动公开政府信息情况"], tree, exact_first=True)
    (2, 0, 0)
    """
    if not tree:
        return 0, 0, len(want_kinds)
    top = min(level for level, _, _ in tree)
    used: set[int] = set()
    tp = 0
    for kind, title in zip(want_kinds, want_titles, strict=True):
        gt = _norm(title)
        free = [(i, _norm(ptitle)) for i, (_, ptitle, _) in enumerate(tree) if i not in used and gt]
        hit = next((i for i, pt in free if pt == gt), None) if exact_first else None
        if hit is None:
            hit = next((i for i, pt in free if gt == pt or (len(gt) >= 4 and (gt in pt or pt in gt) and len(pt) >= 2)), None)
        if hit is not None:
            used.add(hit)
            tp += tree[hit][2] == kind
    fp = sum(1 for i, (level, _, _) in enumerate(tree) if level == top and i not in used)
    return tp, fp, len(want_kinds) - tp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print accuracy only")
    parser.add_argument("--set", default="probes", help="folder under tests/cases (default: probes)")
    args = parser.parse_args(argv)
    folder = CASES / args.set
    table = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    keys = (*FIELDS, "kinds", "plans")
    if all("titles" in entry["expected"] for entry in table.values()):
        keys = (*keys, "titles")
    if all("template" in entry["expected"] for entry in table.values()):
        keys = (*keys, "template")
    if all("published" in entry["expected"] for entry in table.values()):
        keys = (*keys, "published")
    if all("meta_source" in entry["expected"] for entry in table.values()):
        keys = (*keys, "meta_source")
    right = dict.fromkeys((*FIELDS, "issuer+level", *keys[len(FIELDS):]), 0)
    misses: list[str] = []
    tp = fp = fn = 0
    exact = [0, 0, 0]
    for pid, entry in sorted(table.items()):
        want = entry["expected"]
        if "titles" in want:
            want = {**want, "titles": [_bare(t) for t in want["titles"]]}
        got = observed(read_probe(pid, entry, folder=folder))
        if "titles" in want:
            counts = section_counts(want["kinds"], entry["expected"]["titles"], got["tree"])
            tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
            counts = section_counts(want["kinds"], entry["expected"]["titles"], got["tree"], exact_first=True)
            exact = [a + b for a, b in zip(exact, counts, strict=True)]
        for key in keys:
            if got[key] == want[key]:
                right[key] += 1
            else:
                misses.append(f"{pid:22s} {key:11s} expected {want[key]!r} got {got[key]!r}")
        right["issuer+level"] += got["issuer"] == want["issuer"] and got["admin_level"] == want["admin_level"]
    n = len(table)
    print(f"probe reports: {n}")
    for key, value in right.items():
        print(f"  {key:13s} {value:3d}/{n} = {value / n:.3f}")
    if tp + fn:
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"  sections F1   {2 * p * r / max(p + r, 1e-9):.3f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn})")
        p, r = exact[0] / max(exact[0] + exact[1], 1), exact[0] / max(exact[0] + exact[2], 1)
        print(f"  exact first   {2 * p * r / max(p + r, 1e-9):.3f} (P {p:.3f} R {r:.3f}; tp {exact[0]} fp {exact[1]} fn {exact[2]})")
    if not args.quiet and misses:
        print("\nmisses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
