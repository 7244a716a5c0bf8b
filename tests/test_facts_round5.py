"""Round 5 of prose facts (tests/cases/facts_probes_heldout4.yaml): the 受理/答复 + 申请 family of
indicators, ranks written 前N名 after a word, 回应…问题N个 and the measure word 笔.

Every rule has cases that must match and cases that must not.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in
from textmine.numbers import iter_quantities


def _ind(text: str, template: str | None = "gov2021") -> list[tuple[float, str | None]]:
    return [(float(f.value), f.indicator) for f in facts_in(text, template=template)]


# 受理 + 申请 (the counted noun) names the year's requests in every word order
@pytest.mark.parametrize(
    ("text", "template", "expected"),
    [
        ("县政府办公室全年受理申请85件，均在法定期限内予以答复。", "gov2021", "new_received"),
        ("全年受理申请37件。", "gov2014", "requests_received"),
        ("全年受理申请12件。", None, "new_received"),
        ("街道办事处受理群众申请5件，其中予以公开3件。", "gov2021", "new_received"),
        ("本机关全年共受理公民、法人和其他组织提出的申请19件。", "gov2021", "new_received"),
        ("全年区政府办公室申请受理85件，全部按期办结。", "gov2021", "new_received"),
        ("全年共受理85件申请。", "gov2021", "new_received"),
    ],
)
def test_accepted_requests_are_received(text: str, template: str | None, expected: str) -> None:
    assert _ind(text, template)[0][1] == expected


# … but not a service hall's applications, nor applications of another kind
@pytest.mark.parametrize(
    "text",
    [
        "区县已入驻审批服务部门和单位13个，开设窗口24个，共受理申请136437件。",
        "市政务服务中心全年受理申请85件，办结率99.8%。",
        "全年共受理行政许可申请320件。",
        "全年受理低保申请88件。",
        "共受理不动产登记申请3200件。",
        "受理申请人提交的材料5份。",
        "全年受理申请事项136437件。",
    ],
)
def test_other_applications_are_not_requests(text: str) -> None:
    assert all(i not in ("new_received", "requests_received") for _, i in _ind(text))
    assert all(i not in ("new_received", "requests_received") for _, i in _ind(text, "gov2014"))


def test_service_hall_veto_does_not_touch_named_requests() -> None:
    # the sentence names disclosure requests: the hall's words do not veto that
    assert _ind("政务服务中心受理政府信息公开申请5件。") == [(5.0, "new_received")]


# 答复…申请 is the year's results (new era) or the replies (old era), not the requests received;
# 按期答复 / 延期答复 / 及时答复 are a part or a manner
@pytest.mark.parametrize(
    ("text", "template", "expected"),
    [
        ("区政府全年答复政府信息公开申请42件。", "gov2021", "total_processed"),
        ("全年依法答复申请37件。", "gov2019", "total_processed"),
        ("县政府全年受理申请37件，答复申请37件。", "gov2014", "replies"),
    ],
)
def test_answered_requests(text: str, template: str, expected: str) -> None:
    assert _ind(text, template)[-1][1] == expected


def test_answered_in_time_is_a_part() -> None:
    got = _ind("全年共答复政府信息公开申请218件，其中按期答复216件，延期答复2件。")
    assert got == [(218.0, "total_processed"), (216.0, None), (2.0, None)]
    got = _ind("全年答复申请37件，其中按期答复35件，延期答复2件。")
    assert got == [(37.0, "total_processed"), (35.0, None), (2.0, None)]


def test_received_and_answered_keep_apart() -> None:
    assert _ind("收到申请15件，已答复15件。") == [(15.0, "new_received"), (15.0, "total_processed")]
    # answering a consultation is no request
    assert _ind("全年及时答复群众咨询120件。") == [(120.0, "consultations")]


# 前N名 / 前N位 after a word (位列区县前三名) is a rank; 目前, 提前 … are not 前
@pytest.mark.parametrize(
    "text",
    ["区政府位列区县前三名。", "在全市考核中排名前5名。", "连续三年进入全省前十名。", "位列前10名。"],
)
def test_rank_is_no_count(text: str) -> None:
    assert facts_in(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("目前3名工作人员负责此项工作。", 3), ("提前2名同志到岗。", 2), ("此前5名干部参加培训。", 5)],
)
def test_not_a_rank(text: str, value: int) -> None:
    assert [f.value for f in facts_in(text, template="gov2014")] == [value]


# 回应…问题N个: the response indicator counts in 个 too
def test_responses_counted_in_ge() -> None:
    assert _ind("回应社会关切问题326个。") == [(326.0, "response_hotspots")]
    assert _ind("开设专栏326个。") == [(326.0, None)]


# 笔 counts transactions (3笔记录 too); 笔试, 笔者 after a number are words
def test_bi_is_a_measure_word() -> None:
    (f,) = facts_in("镇政府办理业务3,400余笔。")
    assert (f.value, f.unit, f.qualifier) == (3400, "笔", "more_than")
    assert [(f.value, f.unit) for f in facts_in("查询到3笔记录。")] == [(3, "笔")]
    assert [f.unit for f in facts_in("组织笔试2场。")] == ["场"]
    assert all(q.unit != "笔" for q in iter_quantities("收回2笔试卷"))  # 笔试 is a word


# a part of the appeals (维持 / 纠正 after a long topic) is no count of all appeals
def test_appeal_outcomes_after_a_long_topic() -> None:
    got = _ind("本年度因政府信息公开申请被申请行政复议5件，其中维持3件、纠正1件、尚未审结1件。")
    assert got == [(5.0, "review"), (3.0, "reviews_upheld"), (1.0, "reviews_corrected"), (1.0, None)]
    # a bare outcome verb with no appeals in the sentence stays without one
    assert _ind("收到申请5件，其中维持原答复3件。")[-1] == (3.0, None)


# normative_docs counts the year's issued documents, not those repealed, cleaned up or in force
def test_normative_docs_issued_only() -> None:
    got = _ind("全年制发规范性文件11件，废止7件，现行有效规范性文件共计98件。")
    assert got == [(11.0, "normative_docs"), (7.0, None), (98.0, None)]
    assert _ind("清理废止规范性文件14件。") == [(14.0, None)]
    assert _ind("区政府全年制发行政规范性文件9件。") == [(9.0, "normative_docs")]


# a manner of answering (当场, 书面, 网上 …) in a 其中 part is a part, not the year's results
@pytest.mark.parametrize("manner", ["当场答复", "书面答复", "网上答复", "电话答复", "按时答复"])
def test_answer_manner_is_a_part(manner: str) -> None:
    assert _ind(f"收到申请20件，其中{manner}5件。") == [(20.0, "new_received"), (5.0, None)]
