"""Score parse_number on cn2an's own published test cases (the dicts of cn2an/cn2an_test.py).

Usage: python bench/numbers_cn2an_cases.py [--list]   (needs cn2an: pip install cn2an)

cn2an ships its unit tests inside the wheel; their value dicts are public data. This reads
them from the installed package (nothing is copied into textmine) and counts, per mode, how
many strings ``parse_number`` reads to the same exact value (floats compared as Decimal of
their repr), and how many of cn2an's error strings it refuses. ``--list`` prints every
disagreement. Strings textmine reads differently on purpose are listed in DECIDED.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from textmine.numbers import parse_number

#: cn2an cases textmine decides to read differently, and why (printed with --list).
DECIDED = {
    "一一": "strict-mode error in cn2an; textmine reads digit-by-digit strings as their digits (normal mode)",
    "壹壹": "as 一一",
    "百十一": "strict-mode error in cn2an; textmine reads a bare leading 百 as 一百 (百三 = 130, 百十一 = 111)",
}


def cases() -> dict[str, object]:
    from cn2an import cn2an_test

    t = cn2an_test.Cn2anTest()
    t.setUp()
    return {
        "strict": t.strict_data_dict,
        "normal": {k: v for k, v in t.normal_data_dict.items() if k not in t.strict_data_dict},
        "smart": {k: v for k, v in t.smart_data_dict.items() if k not in t.normal_data_dict},
        "error_normal": t.error_normal_datas,
        "error_strict": t.error_strict_datas,
    }


def read(s: str) -> Decimal | None:
    try:
        return Decimal(parse_number(s))
    except ValueError:
        return None


def main() -> None:
    c = cases()
    show = "--list" in sys.argv
    total_ok = total = 0
    for mode in ("strict", "normal", "smart"):
        ok = 0
        for s, v in c[mode].items():
            want = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
            got = read(s)
            ok += got == want
            if got != want and show:
                print(f"  {mode}: {s!r} want {want} got {got}  {DECIDED.get(s, '')}")
        print(f"{mode:<7} values: {ok}/{len(c[mode])}")
        if mode != "smart":
            total_ok += ok
            total += len(c[mode])
    print(f"strict+normal values: {total_ok}/{total} = {total_ok / total:.3f}")
    # cn2an's error lists also hold the strings of a laxer mode (a smart-mode value is an
    # error in normal mode); parse_number reads like the laxest mode, so the errors it must
    # refuse are those no mode of cn2an reads.
    values = set(c["strict"]) | set(c["normal"]) | set(c["smart"])
    errors = sorted({s for s in c["error_strict"] if s not in values})
    refused = [s for s in errors if read(s) is None]
    print(f"errors in every mode refused: {len(refused)}/{len(errors)}")
    strict_only = [s for s in c["error_strict"] if s in values or s in DECIDED]
    print(f"strict-mode errors read as normal/smart mode does: {len(strict_only)} (see --list)")
    if show:
        for s in errors:
            if read(s) is not None:
                print(f"  error: {s!r} -> {read(s)}")
        for s in sorted(set(c["error_strict"]) - values):
            if read(s) is not None:
                print(f"  strict error read: {s!r} -> {read(s)}  {DECIDED.get(s, '')}")


if __name__ == "__main__":
    main()
