"""Run the numbers case table through cn2an and textmine and count how many each gets right.

Usage: python bench/numbers_vs_cn2an.py   (needs cn2an: pip install 'textmine[bench]')

Per table of tests/cases/numbers_cases.yaml:
  parse        cn2an.cn2an(s, "smart") vs textmine.numbers.parse_number(s): same exact value
  parse_error  both must refuse the string (raise)
  quantity     cn2an.transform(text, "cn2an") must write the expected value in Arabic digits
               (with its range bound); textmine.find_numbers must find that value and unit
  negative     cn2an.transform must not add digits (统一 -> 统1 is wrong); textmine must find
               no count/amount/percent
  kind         textmine must classify the non-count (year, date, code ...); cn2an has no
               notion of kinds, so it is scored like negative (no digits added)
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from decimal import Decimal
from pathlib import Path

import yaml

from textmine.numbers import FACT_KINDS, find_numbers, parse_number

CASES_DIR = Path(__file__).resolve().parents[1] / "tests" / "cases"
#: numbers_cases.yaml (the 2026-11 table) and numbers_forms.yaml (issue 11: every numeral form)
TABLES = ("numbers_cases.yaml", "numbers_forms.yaml")
QUANTITY_KINDS = FACT_KINDS | {"number", "fraction", "duration"}
RE_DIGITS = re.compile(r"\d+(?:\.\d+)?")
RE_FRACTION = re.compile(r"(\d+)/(\d+)")


def exact(v: object) -> Decimal:
    return Decimal(str(v))


def cn2an_parse(cn2an, s: str) -> Decimal | None:
    try:
        return Decimal(str(cn2an.cn2an(s, "smart")))
    except Exception:
        return None


def cn2an_transform(cn2an, text: str) -> str:
    try:
        return cn2an.transform(text, "cn2an")
    except Exception:
        return text


def digits_added(before: str, after: str) -> bool:
    return sorted(RE_DIGITS.findall(after)) != sorted(RE_DIGITS.findall(before))


def main() -> None:
    for name in TABLES:
        run(CASES_DIR / name)


def run(CASES: Path) -> None:
    import cn2an

    logging.getLogger("cn2an").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="cn2an")
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    for key in ("parse", "parse_error", "quantity", "negative", "kind"):
        cases.setdefault(key, [])
    score = {k: [0, 0, 0] for k in ("parse", "parse_error", "quantity", "negative", "kind")}
    examples: list[str] = []
    t0 = time.perf_counter()
    for s, value in cases["parse"]:
        want = exact(value)
        c = cn2an_parse(cn2an, s)
        score["parse"][0] += c is not None and c == want
        try:
            score["parse"][1] += Decimal(parse_number(s)) == want
        except ValueError:
            pass
        score["parse"][2] += 1
        if c != want and len(examples) < 12:
            examples.append(f"cn2an.cn2an({s!r}) = {c} (want {want})")
    for (s,) in cases["parse_error"]:
        score["parse_error"][0] += cn2an_parse(cn2an, s) is None
        try:
            parse_number(s)
        except ValueError:
            score["parse_error"][1] += 1
        score["parse_error"][2] += 1
    for row in cases["quantity"]:
        text, value, unit, *rest = row
        upper = rest[2] if len(rest) > 2 else None
        out = cn2an_transform(cn2an, str(text))
        nums = [Decimal(x) for x in RE_DIGITS.findall(out.replace(",", ""))]
        for a, b in RE_FRACTION.findall(out):  # cn2an writes 三分之一 as 1/3
            if Decimal(b):
                nums.append((Decimal(a) / Decimal(b)).quantize(Decimal("1.000000")).normalize())
        scale = {"万": 10**4, "亿": 10**8}.get(str(unit or "")[:1], 1)
        wants = {exact(value), exact(value) * scale}  # 三千五百万元: 35000000 is right too
        ok_c = bool(wants & set(nums)) and (upper is None or bool({exact(upper), exact(upper) * scale} & set(nums)))
        score["quantity"][0] += ok_c
        found = [n for n in find_numbers(str(text)) if n.kind in QUANTITY_KINDS]
        score["quantity"][1] += len(found) == 1 and Decimal(found[0].value) == exact(value) and found[0].unit == unit
        score["quantity"][2] += 1
        if not ok_c and len(examples) < 24:
            examples.append(f"cn2an.transform({text!r}) = {out!r}")
    for key in ("negative", "kind"):
        for row in cases[key]:
            text = str(row[0])
            out = cn2an_transform(cn2an, text)
            ok_c = not digits_added(text, out)
            score[key][0] += ok_c
            score[key][1] += not [n for n in find_numbers(text) if n.kind in FACT_KINDS]
            score[key][2] += 1
            if not ok_c and len(examples) < 36:
                examples.append(f"cn2an.transform({text!r}) = {out!r}")
    dt = time.perf_counter() - t0
    print(f"case table: {CASES.name} ({sum(v[2] for v in score.values())} cases, {dt:.1f}s)")
    print(f"{'table':<12} {'cases':>6} {'cn2an':>7} {'textmine':>9}")
    for k, (c, t, n) in score.items():
        print(f"{k:<12} {n:>6} {c:>7} {t:>9}")
    tc = sum(v[0] for v in score.values())
    tt = sum(v[1] for v in score.values())
    n = sum(v[2] for v in score.values())
    print(f"{'total':<12} {n:>6} {tc:>7} {tt:>9}   (cn2an {tc / n:.1%}, textmine {tt / n:.1%})")
    print("some cn2an errors:")
    for e in examples:
        print("  ", e)


if __name__ == "__main__":
    main()
