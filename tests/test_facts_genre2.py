"""Rules of the genre found by the second held-out facts probes
(tests/cases/facts_probes_heldout2.yaml). Each rule has a case that must fire and one that
must not.
"""

from __future__ import annotations

from textmine.facts import facts_in
from textmine.numbers import iter_quantities


def facts(text: str, template: str | None = None) -> list[tuple]:
    return [(f.value, f.unit, f.change, f.counted, f.indicator) for f in facts_in(text, template=template)]


def test_a_number_before_full_time_staff_counts_them():
    got = facts("厅机关有5名专职人员和12名兼职人员从事政府信息公开工作。", "gov2014")
    assert got == [
        (5, "名", None, "专职人员", "staff_full_time"),
        (12, "名", None, "兼职人员", "staff_part_time"),
    ]


def test_full_time_still_ends_a_phrase_when_it_is_a_verb():
    # 专职 / 兼职 as an adverb (3名同志兼职负责): not the noun the number counts
    (f,) = facts_in("配备工作人员3名兼职负责信息公开。", template="gov2014")
    assert f.counted == "工作人员"
    assert f.indicator == "staff"


def test_full_and_part_time_together_are_staff():
    (f,) = facts_in("配备专兼职工作人员46名", template="gov2014")
    assert f.indicator == "staff"
    (g,) = facts_in("配备兼职工作人员46名", template="gov2014")
    assert g.indicator == "staff_part_time"


def test_the_noun_before_gong_you_is_counted():
    (f,) = facts_in("全市政府信息公开查阅点共有18个。", template="gov2014")
    assert (f.counted, f.qualifier, f.indicator) == ("政府信息公开查阅点", "total", "reading_points")


def test_gong_you_after_a_time_word_names_nothing():
    (f,) = facts_in("2021年共有12个。", template="gov2021")
    assert f.counted is None
    (g,) = facts_in("全县共有乡镇5个。", template="gov2014")
    assert g.counted == "乡镇"


def test_a_change_against_a_named_year_is_a_change():
    got = facts("全县主动公开政府信息6,742条，比2014年增加1,205条。", "gov2014")
    assert got[1][:3] == (1205, "条", "increase")


def test_bi_in_a_share_is_not_a_comparison():
    (f,) = facts_in("占比2021年的三成。")
    assert f.change is None


def test_a_distributive_change_applies_to_each_number():
    got = facts("申请量和办结量分别比上年增长11.6%和23.0%。")
    assert [g[2] for g in got] == ["increase", "increase"]


def test_a_number_after_he_without_a_change_verb_stays_plain():
    got = facts("公开信息386条和1142条。")
    assert [g[2] for g in got] == [None, None]


def test_da_lei_is_a_measure_word():
    (f,) = facts_in("明确5大类重点任务。")
    assert (f.value, f.unit) == (5, "类")
    assert not facts_in("实施十大工程。")


def test_a_session_is_not_a_count():
    assert not [q for q in iter_quantities("区委十届九次全会提出") if q.kind == "count"]
    assert not [q for q in iter_quantities("十四届全国人大二次会议召开") if q.kind == "count"]
    (q,) = iter_quantities("全年召开三次会议")
    assert (q.value, q.unit, q.kind) == (3, "次", "count")


def test_accepted_on_request_items_are_requests_in_the_new_era():
    (f,) = facts_in("全年共受理依申请公开事项389件", template="gov2021")
    assert f.indicator == "new_received"
    (g,) = facts_in("全年共受理行政审批事项389件", template="gov2021")
    assert g.indicator != "new_received"


def test_jiang_before_a_phrase_is_not_part_of_it():
    (f,) = facts_in("将政务服务事项123项纳入清单")
    assert f.counted == "政务服务事项"
    assert facts_in("将8大类")[0].counted is None
    (g,) = facts_in("将军路社区公开栏3个")
    assert g.counted == "将军路社区公开栏"  # 将军 is a word, not 将 + 军


def test_a_quarter_is_not_part_of_the_counted_phrase():
    (f,) = facts_in("2022年第1季度收到申请12件。", template="gov2021")
    assert (f.counted, f.indicator) == ("申请", "new_received")
    (g,) = facts_in("一季度收到申请12件。", template="gov2021")
    assert g.counted == "申请"
    # a quarter that is the whole phrase stays (其中第一季度3件), and 季度 alone is a word
    assert facts_in("全年收到申请12件，其中第一季度3件。")[1].counted == "第一季度"
    assert facts_in("季度工作简报4期")[0].counted == "季度工作简报"


def test_nian_jun_is_a_word_not_a_trailing_jun():
    (f,) = facts_in("年均增长7.5%。")
    assert (f.change, f.counted) == ("increase", "年均")
    (g,) = facts_in("各乡镇公开栏均3个")
    assert g.counted == "各乡镇公开栏"  # 均 (each, all) after a noun is still cut
