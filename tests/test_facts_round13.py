"""Round 13 of prose facts (tests/cases/facts_probes_heldout16.yaml): an Arabic amount in 元 goes on
into its 角 and 分 (386元5角 is 386.5 元, 12元8角6分 is 12.86 元), 角 alone is money where a price
or a fee stands before it (每页5角) and a word elsewhere (大厅一角, 三角形), 块次 counts notice boards
updated as 家次 counts visits, a label with 数量 reads a bare count as 数 does (文件数量为6 is 6 件,
as 案件数为3 is 3 件), and 接受 before 申请 names the requests received as 接收 and 收到 do; after
batch B, a price's span keeps the unit it is per (0.5元/页).

Every rule has cases that must read and cases that must NOT read.
"""

from __future__ import annotations

import pytest

from textmine.facts import facts_in


def _facts(text: str, template: str = "gov2021"):
    return [(float(f.value), f.unit, f.qualifier) for f in facts_in(text, template=template)]


# --- 元 with its 角 and 分 in Arabic digits
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年收取检索、复制、邮寄费用共计386元5角。", 386.5),
        ("收取信息公开工本费12元8角6分。", 12.86),
        ("收取复印费3元5角，邮寄费10元。", 3.5),
        ("收取费用5元0角8分。", 5.08),
        ("收取费用２０元５角。", 20.5),
    ],
)
def test_yuan_reads_its_jiao_and_fen(text, value):
    got = [(v, u) for v, u, _ in _facts(text)]
    assert (value, "元") in got, got
    assert not [u for _, u, _ in _facts(text) if u in ("角", "分")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("收取费用30元，用时3分钟。", 30.0),  # a duration after the clause: no tail
        ("收取费用386.5元。", 386.5),  # a decimal amount has no tail
        ("收取费用12元2023年已上缴。", 12.0),  # digits not followed by 角/分
    ],
)
def test_yuan_without_a_tail_stays(text, value):
    got = [(v, u) for v, u, _ in _facts(text)]
    assert (value, "元") in got, got
    assert len([u for _, u, _ in _facts(text) if u == "元"]) == 1


def test_fen_of_a_word_is_no_tail():
    got = _facts("收费30元，共用时3元5分钟")
    assert (3.5, "元", None) not in got, got


# --- 角 alone: money after a price or a fee
@pytest.mark.parametrize(
    "text",
    ["复印费按每页5角收取。", "收取复制费用5角。", "打印每张一角。"],
)
def test_jiao_after_a_price_reads(text):
    assert [u for _, u, _ in _facts(text) if u == "角"], _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "在服务大厅一角设置政务公开查阅点。",
        "村口三角地设立公开栏。",
        "制作三角形公开牌5块。",
        "从多个角度开展政策解读。",
        "发挥基层党组织主角作用。",
    ],
)
def test_jiao_as_a_word_does_not_read(text):
    assert not [u for _, u, _ in _facts(text) if u == "角"], _facts(text)


# --- 块次
def test_kuaici_is_a_measure_word():
    assert (72.0, "块次", None) in _facts("全年更新公开栏72块次。")
    assert (5.0, "块", None) in _facts("新设公开栏5块，次年再建。")


# --- 数量为 as a label of a bare count
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("制发规范性文件数量为6。", 6.0, "件"),
        ("本年受理申请件数量为19，均已答复。", 19.0, "件"),
        ("公开信息条数量：1,200。", 1200.0, "条"),
    ],
)
def test_shuliang_label_reads_a_bare_count(text, value, unit):
    assert (value, unit, None) in _facts(text), _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "公开信息数量为2023年度最多。",  # a year, and no measure word in the label
        "编号数量为12345。",  # no measure word ends the label
        "文件数量较上年增加。",  # no number
        "公开文件数量为第3位。",  # a rank
    ],
)
def test_shuliang_without_a_label_unit_does_not_read(text):
    assert not [f for f in facts_in(text) if f.unit == "件" or f.unit == "条"], text


# --- 接受 … 申请 as the requests received
@pytest.mark.parametrize(
    ("text", "template", "indicator"),
    [
        (
            "自《条例》施行以来，县政府共接受公民申请四十五件，全部按时答复。",
            "local",
            "requests_received",
        ),
        ("全年接受政府信息公开申请12件。", "local", "requests_received"),
        ("本年度共接受群众申请8件。", "gov2021", "new_received"),
    ],
)
def test_jieshou_requests(text, template, indicator):
    got = [f.indicator for f in facts_in(text, template=template)]
    assert indicator in got, got


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("全年接受群众咨询120人次。", "local"),  # no 申请
        ("接受申请人现场查阅12次。", "local"),  # 申请人
        ("接受行政复议申请2件。", "local"),  # a review, excluded
    ],
)
def test_jieshou_without_a_request_is_no_request(text, template):
    got = [f.indicator for f in facts_in(text, template=template)]
    assert "requests_received" not in got and "new_received" not in got, got


# --- a price per unit (batch B): the span goes on over /页, /人, /月
@pytest.mark.parametrize(
    ("text", "value", "span_end"),
    [
        ("复制费标准为A4纸0.5元/页，光盘每张10元。", 0.5, "元/页"),
        ("收费20元/人。", 20.0, "元/人"),
        ("补助标准为3000元/月。", 3000.0, "元/月"),
    ],
)
def test_price_per_unit_keeps_its_unit_in_the_span(text, value, span_end):
    got = [f for f in facts_in(text) if f.unit == "元" and float(f.value) == value]
    assert got and got[0].text.endswith(span_end), [(f.value, f.text) for f in facts_in(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("单价12元/页面。", 12.0),  # 页面 is a word
        ("收费100元/5页。", 100.0),  # a number after the slash
        ("收费0.5元/ 页。", 0.5),  # a space breaks the unit off
    ],
)
def test_slash_before_no_unit_keeps_the_span(text, value):
    got = [f for f in facts_in(text) if f.unit == "元" and float(f.value) == value]
    assert got and got[0].text.endswith("元"), [(f.value, f.text) for f in facts_in(text)]
