"""Scoring textmine's output tables against hand-made gold files (SCHEMA.md §5).

The figures follow the project's reference scorer (``shared/tools/score_gold.py``) rule for
rule, so ``textmine eval`` and that script agree; this module adds per-report detail.

Example:
    >>> scores = score(Path("out"), Path("../shared/corpus/gold"))  # doctest: +SKIP
    >>> scores["sections_f1"]  # doctest: +SKIP
    0.97
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

ASPECTS = ("meta", "sections", "cells", "facts", "themes")

RE_SCORE_NORM = re.compile(r"[\s\u3000（）()、．.，,：:；;。]")


def norm(value: Any) -> str:
    """The scorer's text normalisation: drop whitespace and common punctuation."""
    return RE_SCORE_NORM.sub("", str(value or ""))


def text_or_none(value: Any) -> str | None:
    """A table value as text, every null (None, NaN, pd.NA) as None, as the reference scorer reads it."""
    try:
        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def load_table(out: Path, name: str) -> pd.DataFrame | None:
    """Read table ``name`` exactly as the reference scorer does (CSV lists stay strings)."""
    for ext in (".parquet", ".csv"):
        path = out / (name + ext)
        if path.exists():
            if ext == ".parquet":
                return pd.read_parquet(path)
            return pd.read_csv(path, encoding="utf-8-sig")
    return None


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Every gold file of ``gold_dir``, sorted by name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return json.loads(value) if value.startswith("[") else value.split("|")
    return list(value)


def score(out: Path, gold_dir: Path, *, aspects: tuple[str, ...] = ASPECTS) -> dict[str, Any]:
    """Score the tables in ``out`` against every gold file in ``gold_dir``.

    Returns:
        A dict with the reference scorer's keys (``meta``, ``sections_f1``, ``cells_accuracy``,
        ``facts_recall``, ``non_facts_violated``, ``themes_micro_f1`` …) plus ``per_report``.
    """
    man = load_table(out, "manifest")
    reps = load_table(out, "reports")
    if man is None or reps is None:
        return {"error": "manifest or reports table missing"}
    path_to_rid = {Path(str(r["path"])).name: r.get("report_id") for _, r in man.iterrows()}
    golds = [(g, path_to_rid.get(Path(g["file"]).name)) for g in load_gold(gold_dir)]
    res: dict[str, Any] = {
        "reports_found": sum(1 for _, rid in golds if isinstance(rid, str)),
        "reports_gold": len(golds),
    }
    per: dict[str, dict[str, Any]] = {g["id"]: {} for g, _ in golds}
    if "meta" in aspects:
        _score_meta(golds, reps, res, per)
    if "sections" in aspects:
        _score_sections(golds, load_table(out, "sections"), res, per)
    if "cells" in aspects:
        _score_cells(golds, load_table(out, "cells"), res, per)
    if "facts" in aspects:
        _score_facts(golds, load_table(out, "facts"), res, per)
    if "themes" in aspects:
        _score_themes(golds, load_table(out, "sentences"), res, per)
    res["per_report"] = per
    return res


def _score_meta(golds, reps, res, per) -> None:
    ok = {"year": 0, "template": 0, "issuer": 0}
    for g, rid in golds:
        row = reps[reps["report_id"] == rid]
        if row.empty:
            continue
        row = row.iloc[0]
        m = g["meta"]
        got = {
            "year": (text_or_none(row.get("year")) or "").split(".")[0] == str(m.get("year")),
            "template": text_or_none(row.get("template")) == text_or_none(m.get("template")),
            "issuer": norm(row.get("issuer")) == norm(m.get("issuer")),
        }
        for key, hit in got.items():
            ok[key] += hit
        per[g["id"]]["meta"] = {
            k: (True if hit else f"got {row.get(k)!r}, gold {m.get(k)!r}") for k, hit in got.items()
        }
    res["meta"] = {k: v / max(len(golds), 1) for k, v in ok.items()}


def _score_sections(golds, secs, res, per) -> None:
    tp = fp = fn = 0
    per_f1 = {}
    for g, rid in golds:
        gs = g["sections"]
        ps = secs[secs["report_id"] == rid] if secs is not None else None
        if ps is None or ps.empty:
            fn += len(gs)
            per_f1[g["id"]] = 0.0
            continue
        top = ps[ps["level"] == ps["level"].min()]
        used: set[Any] = set()
        t = 0
        misses = []
        for s in gs:
            gt = norm(s["title"])
            hit = None
            for i, r in ps.iterrows():
                if i in used:
                    continue
                pt = norm(r["title"])
                if gt and (gt == pt or (len(gt) >= 4 and (gt in pt or pt in gt) and len(pt) >= 2)):
                    hit = (i, r)
                    break
            if hit and hit[1]["kind"] == s["kind"]:
                t += 1
                used.add(hit[0])
            elif hit:
                used.add(hit[0])
                misses.append(f"{s['title']}: kind {hit[1]['kind']} (gold {s['kind']})")
            else:
                misses.append(f"{s['title']}: not found")
        extra = [r["title"] for i, r in top.iterrows() if i not in used]
        tp += t
        fn += len(gs) - t
        fp += len(extra)
        p = t / max(t + len(extra), 1)
        r_ = t / max(len(gs), 1)
        per_f1[g["id"]] = round(2 * p * r_ / max(p + r_, 1e-9), 3)
        per[g["id"]]["sections"] = {"f1": per_f1[g["id"]], "misses": misses, "extra": extra}
    P = tp / max(tp + fp, 1)
    R = tp / max(tp + fn, 1)
    res["sections_f1"] = round(2 * P * R / max(P + R, 1e-9), 4)
    res["sections_per_report"] = per_f1


def _score_cells(golds, cells, res, per) -> None:
    right = total = 0
    wrong = []
    for g, rid in golds:
        gc = [c for c in g.get("cells", []) if c.get("row_key") and not c.get("ambiguous")]
        if not gc:
            continue
        pc = cells[cells["report_id"] == rid] if cells is not None else None
        idx = {}
        if pc is not None:
            for _, r in pc.iterrows():
                idx[(r["table"], r["row_key"], r["col_key"])] = r
        g_right = 0
        for c in gc:
            total += 1
            r = idx.get((c["table"], c["row_key"], c["col_key"]))
            if r is None:
                wrong.append((g["id"], c["table"], c["row_key"], c["col_key"], "absent"))
                continue
            gv = c.get("value")
            pv = r.get("value")
            pv = None if pv is None or (isinstance(pv, float) and pv != pv) else pv
            same_v = (gv is None and pv is None) or (
                gv is not None and pv is not None and abs(float(gv) - float(pv)) < 1e-6
            )
            if same_v and str(r.get("status")) == c.get("status"):
                right += 1
                g_right += 1
            else:
                wrong.append(
                    (g["id"], c["table"], c["row_key"], c["col_key"],
                     f"gold {gv}/{c.get('status')} got {pv}/{r.get('status')}")
                )
        per[g["id"]]["cells"] = round(g_right / len(gc), 4)
    res["cells_accuracy"] = round(right / max(total, 1), 4)
    res["cells_total"] = total
    res["cells_wrong"] = wrong


def _score_facts(golds, facts, res, per) -> None:
    found = total = nf_bad = nf_total = 0
    missed = []
    for g, rid in golds:
        pf = facts[facts["report_id"] == rid] if facts is not None else None
        g_found = 0
        for f in g.get("facts", []):
            total += 1
            ok = False
            if pf is not None:
                for _, r in pf.iterrows():
                    try:
                        same = abs(float(r["value"]) - float(f["value"])) < 1e-6
                    except (TypeError, ValueError):
                        same = False
                    if same and norm(r.get("unit")) == norm(f.get("unit")) and (
                        norm(r.get("text")) in norm(f["text"]) or norm(f["text"]) in norm(r.get("text"))
                    ):
                        if f.get("qualifier") and str(r.get("qualifier")) != f["qualifier"]:
                            continue
                        ok = True
                        break
            found += ok
            g_found += ok
            if not ok:
                missed.append((g["id"], f["text"]))
        bad = []
        for s in g.get("non_facts", []):
            nf_total += 1
            if pf is not None and any(norm(t) and norm(t) in norm(s) for t in pf["text"].astype(str)):
                nf_bad += 1
                bad.append(s)
        per[g["id"]]["facts"] = {"recall": round(g_found / max(len(g.get("facts", [])), 1), 3),
                                 "non_facts_violated": bad}
    res["facts_recall"] = round(found / max(total, 1), 4)
    res["facts_total"] = total
    res["non_facts_violated"] = nf_bad
    res["non_facts_total"] = nf_total
    res["facts_missed"] = missed


def _score_themes(golds, sents, res, per) -> None:
    tp = fp = fn = 0
    for g, rid in golds:
        ps = sents[sents["report_id"] == rid] if sents is not None else None
        g_tp = g_fp = g_fn = 0
        for th in g.get("themes", []):
            gt = norm(th["text"])
            gset = set(th["themes"])
            pset: set[str] = set()
            if ps is not None:
                for _, r in ps.iterrows():
                    pt = norm(r["text"])
                    if pt and (pt in gt or gt in pt):
                        pset |= set(_list(r.get("themes")))
            g_tp += len(gset & pset)
            g_fp += len(pset - gset)
            g_fn += len(gset - pset)
        tp, fp, fn = tp + g_tp, fp + g_fp, fn + g_fn
        per[g["id"]]["themes"] = {"tp": g_tp, "fp": g_fp, "fn": g_fn}
    P = tp / max(tp + fp, 1)
    R = tp / max(tp + fn, 1)
    res["themes_micro_f1"] = round(2 * P * R / max(P + R, 1e-9), 4)
