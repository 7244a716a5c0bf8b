"""The held-out facts probes (tests/cases/facts_probes_heldout.yaml, facts_probes_heldout2.yaml,
facts_probes_heldout3.yaml, facts_probes_heldout4.yaml, facts_probes_heldout5.yaml and
facts_probes_heldout6.yaml, facts_probes_heldout7.yaml, facts_probes_heldout8.yaml,
facts_probes_heldout9.yaml, facts_probes_heldout10.yaml, facts_probes_heldout11.yaml,
facts_probes_heldout12.yaml, facts_probes_heldout13.yaml, facts_probes_heldout14.yaml,
facts_probes_heldout15.yaml and facts_probes_heldout16.yaml,
bench/facts_probes.py).

The floors are the figures reached when the set was last fixed against: a change to
textmine.facts, textmine.numbers or the lexicons must not lower them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

MIN_FOUND = 351
MIN_COUNTED = 224
MIN_INDICATOR = 162
MAX_NON_FACTS_VIOLATED = 0

# tests/cases/facts_probes_heldout2.yaml (first scored on main: 333/339 found, 167/168 counted,
# 87/92 indicators, 2/104 non-facts violated)
SET2 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout2.yaml"
MIN_FOUND2 = 339
MIN_COUNTED2 = 170
MIN_INDICATOR2 = 92
MAX_NON_FACTS_VIOLATED2 = 0

# tests/cases/facts_probes_heldout3.yaml (first scored on main: 207/213 found, 125/127 counted,
# 44/54 indicators, 1/57 non-facts violated); a score (平均得分91.5分) is read since facts7.
# 本年增加2项 / 减少5项 are changes since facts6, 县政府公报全年编印12期 and 属于已主动公开
# 范围的14件 name their indicators.
SET3 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout3.yaml"
MIN_FOUND3 = 213
MIN_COUNTED3 = 130
MIN_INDICATOR3 = 54
MAX_NON_FACTS_VIOLATED3 = 0

# tests/cases/facts_probes_heldout4.yaml (first scored on main: 288/290 found, 51/51 counted,
# 107/116 indicators, 1/92 non-facts violated); the miss left: 15个“一件事” (found, its text
# does not overlap the label 上线15个). 各乡镇（街道）共主动公开信息 is active_townships since facts6
# (a gloss in brackets after a noun no longer closes the clause).
SET4 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout4.yaml"
MIN_FOUND4 = 289
MIN_COUNTED4 = 51
MIN_INDICATOR4 = 116
MAX_NON_FACTS_VIOLATED4 = 0

# tests/cases/facts_probes_heldout5.yaml (facts6; first scored on main, batch A p001-p152:
# 318/319 found, 115/135 indicators, 0/86 non-facts violated; batch B p153-p180, written after
# batch A's fixes: 62/64, 8/24, 0/10 on main, 64/64, 23/24, 0/10 after them before its own); the
# miss left: the first thing of 区政府门户网站、政务微博、政务微信发布信息分别为… (channel_website:
# 门户网站 alone names no indicator)
SET5 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout5.yaml"
MIN_FOUND5 = 383
MIN_INDICATOR5 = 158
MAX_NON_FACTS_VIOLATED5 = 0

# tests/cases/facts_probes_heldout6.yaml (facts7; first scored on main, batch A q001-q130:
# 224/232 found, 86/98 indicators, 0/53 non-facts violated; batch B q131-q192, written after
# batch A's fixes: 74/86, 14/28, 0/25 on main, 84/86, 24/28, 0/25 after them before its own;
# batch C q193-q222, written after batch B's fixes: 43/55, 10/16, 0/11 on main, 54/55, 16/16,
# 0/11 after A and B before its own); the misses left: two letter-spaced sentences given to
# facts_in as they are (申 请 2 3 件: the value is read, the phrase is cut at the spaces;
# textmine.read undoes the letter spacing first and reads both with their indicators), a
# flattened row's 总计 28件 (the row label stands before the other cells)
SET6 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout6.yaml"
MIN_FOUND6 = 372
MIN_INDICATOR6 = 139
MAX_NON_FACTS_VIOLATED6 = 0

# tests/cases/facts_probes_heldout7.yaml (facts8; first scored on main, batch A r001-r100:
# 207/208 found, 85/87 indicators, 2/74 non-facts violated; batch B r101-r130, written after
# batch A's fixes: 58/60, 22/23, 3/16 on main, 59/60, 22/23, 1/16 after them before its own)
SET7 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout7.yaml"
MIN_FOUND7 = 268
MIN_COUNTED7 = 7
MIN_INDICATOR7 = 110
MAX_NON_FACTS_VIOLATED7 = 0

# tests/cases/facts_probes_heldout8.yaml (facts9; first scored on main: 211/211 found, 4/4
# counted, 75/75 indicators, 1/89 non-facts violated: 实现“两个100%”目标)
SET8 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout8.yaml"
MIN_FOUND8 = 211
MIN_COUNTED8 = 4
MIN_INDICATOR8 = 75
MAX_NON_FACTS_VIOLATED8 = 0

# tests/cases/facts_probes_heldout9.yaml (facts9; batch A t001-t100, written after heldout8's
# fix: 157/157 found, 48/49 indicators, 0/69 non-facts violated before its own fixes; batch B
# t101-t150, written after batch A's fixes: 82/84, 18/19, 0/35 before its own; batch C t151-t190,
# written after batch B's fixes: 74/75, 22/23, 0/18 before its own, main 64/75, 15/23, 3/18)
SET9 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout9.yaml"
MIN_FOUND9 = 316
MIN_INDICATOR9 = 91
MAX_NON_FACTS_VIOLATED9 = 0

# tests/cases/facts_probes_heldout10.yaml (facts10; main untuned 190/217 found, 7/7 counted,
# 47/77 indicators, 0/91 non-facts violated; u047 纠错1（件） after 行政复议结果维持2（件） is left)
SET10 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout10.yaml"
MIN_FOUND10 = 217
MIN_COUNTED10 = 7
MIN_INDICATOR10 = 76
MAX_NON_FACTS_VIOLATED10 = 0

# tests/cases/facts_probes_heldout11.yaml (facts10's generalisation set, written after
# heldout10's fixes: 134/135, 53/58, 2/65 before its own fixes; main 102/135, 30/58, 2/65)
SET11 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout11.yaml"
MIN_FOUND11 = 135
MIN_INDICATOR11 = 58
MAX_NON_FACTS_VIOLATED11 = 0

# tests/cases/facts_probes_heldout12.yaml (facts11: labelled before the extractor ran; main
# untuned 186/188 found, 15/15 counted, 43/45 indicators, 0/80 non-facts violated; two labels
# corrected with their evidence, w010 and w095: main 187/188, 43/44)
SET12 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout12.yaml"
MIN_FOUND12 = 188
MIN_COUNTED12 = 15
MIN_INDICATOR12 = 44
MAX_NON_FACTS_VIOLATED12 = 0

# tests/cases/facts_probes_heldout13.yaml (facts12: labelled before the extractor ran; main
# untuned 287/294 found, 66/66 indicators, 0/103 non-facts violated; after facts12 294/294, 66/66,
# 0/103)
SET13 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout13.yaml"
MIN_FOUND13 = 294
MIN_INDICATOR13 = 66
MAX_NON_FACTS_VIOLATED13 = 0

# tests/cases/facts_probes_heldout14.yaml (facts12's batch B, written after set 13's fixes: 133/159
# found, 8/8 counted, 42/45 indicators, 0/75 non-facts violated before its own fixes; main
# 132/159, 8/8, 42/45, 0/75; after facts12 158/159, 20/20, 44/45, 0/75: 接近一千万, a Chinese
# numeral and 万 with no measure word, is left)
SET14 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout14.yaml"
MIN_FOUND14 = 158
MIN_COUNTED14 = 20
MIN_INDICATOR14 = 44
MAX_NON_FACTS_VIOLATED14 = 0

# tests/cases/facts_probes_heldout15.yaml (facts12's batch C, written after set 14's fixes: 63/64
# found, 5/5 counted, 12/13 indicators, 1/49 non-facts violated before its own fixes (main the same:
# 伍万元整 read without its 整, 前10% read as a figure); after facts12 64/64, 5/5, 13/13, 0/49)
SET15 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout15.yaml"
MIN_FOUND15 = 64
MIN_COUNTED15 = 5
MIN_INDICATOR15 = 13
MAX_NON_FACTS_VIOLATED15 = 0

# tests/cases/facts_probes_heldout16.yaml (facts13: labelled before the extractor ran; main untuned
# 185/193 found, 14/16 indicators, 0/70 non-facts violated; three labels corrected with their reason
# beside them, g008, g025 and g048: main 187/193; after batch A's fixes 193/193, 16/16, 0/70; batch B
# g101-g140, written after them: 71/73, 0/24 before its own fixes (main the same), 72/73 after g104's
# label corrected; after facts13 on all 140: 266/266, 16/16, 0/94)
SET16 = Path(__file__).resolve().parent / "cases" / "facts_probes_heldout16.yaml"
MIN_FOUND16 = 266
MIN_INDICATOR16 = 16
MAX_NON_FACTS_VIOLATED16 = 0


def _bench():
    spec = importlib.util.spec_from_file_location("facts_probes", BENCH / "facts_probes.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result() -> dict:
    return _bench().score()


@pytest.fixture(scope="module")
def result2() -> dict:
    return _bench().score(SET2)


@pytest.fixture(scope="module")
def result3() -> dict:
    return _bench().score(SET3)


@pytest.fixture(scope="module")
def result4() -> dict:
    return _bench().score(SET4)


@pytest.fixture(scope="module")
def result5() -> dict:
    return _bench().score(SET5)


@pytest.fixture(scope="module")
def result6() -> dict:
    return _bench().score(SET6)


@pytest.fixture(scope="module")
def result7() -> dict:
    return _bench().score(SET7)


@pytest.fixture(scope="module")
def result8() -> dict:
    return _bench().score(SET8)


@pytest.fixture(scope="module")
def result9() -> dict:
    return _bench().score(SET9)


@pytest.fixture(scope="module")
def result10() -> dict:
    return _bench().score(SET10)


@pytest.fixture(scope="module")
def result11() -> dict:
    return _bench().score(SET11)


@pytest.fixture(scope="module")
def result12() -> dict:
    return _bench().score(SET12)


@pytest.fixture(scope="module")
def result13() -> dict:
    return _bench().score(SET13)


@pytest.fixture(scope="module")
def result14() -> dict:
    return _bench().score(SET14)


@pytest.fixture(scope="module")
def result15() -> dict:
    return _bench().score(SET15)


@pytest.fixture(scope="module")
def result16() -> dict:
    return _bench().score(SET16)


def test_set_is_large_and_varied(result):
    assert result["total"] >= 150
    assert result["non_facts_total"] >= 60
    assert result["indicator_total"] >= 100


def test_recall_does_not_fall(result):
    assert result["found"] >= MIN_FOUND, result["misses"]


def test_counted_phrase_does_not_fall(result):
    assert result["counted_ok"] >= MIN_COUNTED, result["wrong_counted"]


def test_indicator_does_not_fall(result):
    assert result["indicator_ok"] >= MIN_INDICATOR, result["wrong_indicator"]


def test_non_facts_do_not_rise(result):
    assert result["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED, result["violations"]


def test_second_set_is_large_and_varied(result2):
    assert result2["probes"] >= 150
    assert result2["total"] >= 300
    assert result2["non_facts_total"] >= 100


def test_second_set_does_not_fall(result2):
    assert result2["found"] >= MIN_FOUND2, result2["misses"]
    assert result2["counted_ok"] >= MIN_COUNTED2, result2["wrong_counted"]
    assert result2["indicator_ok"] >= MIN_INDICATOR2, result2["wrong_indicator"]
    assert result2["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED2, result2["violations"]


def test_third_set_is_large_and_does_not_fall(result3):
    assert result3["probes"] >= 100 and result3["non_facts_total"] >= 50
    assert result3["found"] >= MIN_FOUND3, result3["misses"]
    assert result3["counted_ok"] >= MIN_COUNTED3, result3["wrong_counted"]
    assert result3["indicator_ok"] >= MIN_INDICATOR3, result3["wrong_indicator"]
    assert result3["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED3, result3["violations"]


def test_fourth_set_is_large_and_does_not_fall(result4):
    assert result4["total"] >= 200 and result4["non_facts_total"] >= 60
    assert result4["found"] >= MIN_FOUND4, result4["misses"]
    assert result4["counted_ok"] >= MIN_COUNTED4, result4["wrong_counted"]
    assert result4["indicator_ok"] >= MIN_INDICATOR4, result4["wrong_indicator"]
    assert result4["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED4, result4["violations"]


def test_fifth_set_is_large_and_does_not_fall(result5):
    assert result5["probes"] >= 140 and result5["total"] >= 250 and result5["non_facts_total"] >= 80
    assert result5["found"] >= MIN_FOUND5, result5["misses"]
    assert result5["indicator_ok"] >= MIN_INDICATOR5, result5["wrong_indicator"]
    assert result5["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED5, result5["violations"]


def test_sixth_set_is_large_and_does_not_fall(result6):
    assert result6["probes"] >= 220 and result6["total"] >= 370 and result6["non_facts_total"] >= 85
    assert result6["found"] >= MIN_FOUND6, result6["misses"]
    assert result6["indicator_ok"] >= MIN_INDICATOR6, result6["wrong_indicator"]
    assert result6["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED6, result6["violations"]


def test_seventh_set_is_large_and_does_not_fall(result7):
    assert result7["probes"] >= 120 and result7["total"] >= 260 and result7["non_facts_total"] >= 85
    assert result7["found"] >= MIN_FOUND7, result7["misses"]
    assert result7["counted_ok"] >= MIN_COUNTED7, result7["wrong_counted"]
    assert result7["indicator_ok"] >= MIN_INDICATOR7, result7["wrong_indicator"]
    assert result7["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED7, result7["violations"]


def test_eighth_set_is_large_and_does_not_fall(result8):
    assert result8["probes"] >= 120 and result8["total"] >= 200 and result8["non_facts_total"] >= 85
    assert result8["found"] >= MIN_FOUND8, result8["misses"]
    assert result8["counted_ok"] >= MIN_COUNTED8, result8["wrong_counted"]
    assert result8["indicator_ok"] >= MIN_INDICATOR8, result8["wrong_indicator"]
    assert result8["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED8, result8["violations"]


def test_ninth_set_is_large_and_does_not_fall(result9):
    assert (
        result9["probes"] >= 190 and result9["total"] >= 310 and result9["non_facts_total"] >= 120
    )
    assert result9["found"] >= MIN_FOUND9, result9["misses"]
    assert result9["indicator_ok"] >= MIN_INDICATOR9, result9["wrong_indicator"]
    assert result9["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED9, result9["violations"]


def test_tenth_set_is_large_and_does_not_fall(result10):
    assert (
        result10["probes"] >= 130 and result10["total"] >= 210 and result10["non_facts_total"] >= 85
    )
    assert result10["found"] >= MIN_FOUND10, result10["misses"]
    assert result10["counted_ok"] >= MIN_COUNTED10, result10["wrong_counted"]
    assert result10["indicator_ok"] >= MIN_INDICATOR10, result10["wrong_indicator"]
    assert result10["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED10, result10["violations"]


def test_eleventh_set_is_large_and_does_not_fall(result11):
    assert (
        result11["probes"] >= 90 and result11["total"] >= 130 and result11["non_facts_total"] >= 60
    )
    assert result11["found"] >= MIN_FOUND11, result11["misses"]
    assert result11["indicator_ok"] >= MIN_INDICATOR11, result11["wrong_indicator"]
    assert result11["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED11, result11["violations"]


def test_twelfth_set_is_large_and_does_not_fall(result12):
    assert (
        result12["probes"] >= 100 and result12["total"] >= 180 and result12["non_facts_total"] >= 75
    )
    assert result12["found"] >= MIN_FOUND12, result12["misses"]
    assert result12["counted_ok"] >= MIN_COUNTED12, result12["wrong_counted"]
    assert result12["indicator_ok"] >= MIN_INDICATOR12, result12["wrong_indicator"]
    assert result12["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED12, result12["violations"]


def test_thirteenth_set_is_large_and_does_not_fall(result13):
    assert (
        result13["probes"] >= 180
        and result13["total"] >= 280
        and result13["non_facts_total"] >= 100
    )
    assert result13["found"] >= MIN_FOUND13, result13["misses"]
    assert result13["indicator_ok"] >= MIN_INDICATOR13, result13["wrong_indicator"]
    assert result13["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED13, result13["violations"]


def test_scorer_rejects_a_wrong_value():
    """The scorer itself: a fact of another value, unit or change is not a match."""
    spec = importlib.util.spec_from_file_location("facts_probes", BENCH / "facts_probes.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from textmine.facts import facts_in

    (f,) = facts_in("收到申请12件")
    assert mod.matches({"value": 12, "unit": "件", "text": "收到申请12件"}, f)
    assert not mod.matches({"value": 13, "unit": "件", "text": "收到申请12件"}, f)
    assert not mod.matches({"value": 12, "unit": "条", "text": "收到申请12件"}, f)
    assert not mod.matches({"value": 12, "unit": "件", "change": "increase", "text": "申请12件"}, f)
    assert not mod.matches({"value": 12, "unit": "件", "text": "办结12件"}, f)


def test_fourteenth_set_is_large_and_does_not_fall(result14):
    assert (
        result14["probes"] >= 100 and result14["total"] >= 150 and result14["non_facts_total"] >= 70
    )
    assert result14["found"] >= MIN_FOUND14, result14["misses"]
    assert result14["counted_ok"] >= MIN_COUNTED14, result14["wrong_counted"]
    assert result14["indicator_ok"] >= MIN_INDICATOR14, result14["wrong_indicator"]
    assert result14["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED14, result14["violations"]


def test_fifteenth_set_is_large_and_does_not_fall(result15):
    assert (
        result15["probes"] >= 50 and result15["total"] >= 60 and result15["non_facts_total"] >= 45
    )
    assert result15["found"] >= MIN_FOUND15, result15["misses"]
    assert result15["counted_ok"] >= MIN_COUNTED15, result15["wrong_counted"]
    assert result15["indicator_ok"] >= MIN_INDICATOR15, result15["wrong_indicator"]
    assert result15["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED15, result15["violations"]


def test_sixteenth_set_is_large_and_does_not_fall(result16):
    assert (
        result16["probes"] >= 140 and result16["total"] >= 250 and result16["non_facts_total"] >= 90
    )
    assert result16["found"] >= MIN_FOUND16, result16["misses"]
    assert result16["indicator_ok"] >= MIN_INDICATOR16, result16["wrong_indicator"]
    assert result16["non_facts_violated"] <= MAX_NON_FACTS_VIOLATED16, result16["violations"]
