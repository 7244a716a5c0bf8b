"""Rules of the sections module that the held-out set ``tests/cases/probes20`` led to (issue 10
item 3), each with a case that must match and one that must not."""

from __future__ import annotations

from textmine.sections import find_sections


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


PARTS = ("一、概述\n2016年，县政府推进公开。\n二、主动公开政府信息情况\n全年公开1268条。\n"
         "三、存在的主要问题及改进情况\n下一步，将加强培训。\n四、其他需要报告的事项\n无。\n")


# ---- a closing list of several attachments is no part; 附表 over several numbered tables is

def test_closing_annex_list_of_tables_is_no_part() -> None:
    text = PARTS + "附件：1.某县2016年政府信息公开情况统计表\n2.某县2016年依申请公开情况统计表\n"
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "problems", "other"]


def test_closing_annex_list_before_the_signature_is_no_part() -> None:
    text = PARTS + "附件：1.主动公开情况统计表\n2.依申请公开情况统计表\n3.行政复议情况统计表\n某县人民政府\n2017年1月20日\n"
    assert "statistics" not in [k for _, k in _level1(text)]


def test_annex_caption_over_its_table_stays_a_part() -> None:
    # must not: the 附件 line is followed by the table's rows, not by more list items
    text = PARTS + "附件：1.某县2016年政府信息公开情况统计表\n统计指标 单位 统计数\n主动公开政府信息数 条 1268\n"
    assert _level1(text)[-1] == ("1.某县2016年政府信息公开情况统计表", "statistics")


def test_fubiao_over_several_numbered_tables_keeps_its_own_title() -> None:
    text = (PARTS + "附表\n1.某镇2015年主动公开情况统计表\n统计指标 单位 统计数\n主动公开政府信息数 条 326\n"
            "2.某镇2015年依申请公开情况统计表\n统计指标 单位 统计数\n收到申请数 件 3\n")
    assert _level1(text)[-1] == ("附表", "statistics")


def test_fubiao_with_one_caption_takes_the_caption() -> None:
    # must not: an unnumbered caption after 附表 is the part's title, as before
    text = PARTS + "附表\n某镇2015年政府信息公开情况统计表\n统计指标 单位 统计数\n主动公开政府信息数 条 326\n"
    assert _level1(text)[-1] == ("某镇2015年政府信息公开情况统计表", "statistics")


# ---- parts numbered （一） whose overview restarts a （一） run of sub-heads

SUBS = "（一）主动公开\n全年公开信息186条。\n（二）依申请公开\n全年收到申请3件。\n（三）政府信息管理\n动态调整目录。\n"


def test_restarted_paren_run_nests_under_the_part() -> None:
    text = ("（一）总体情况\n2022年，区政府推进政务公开。\n" + SUBS + "（二）主动公开政府信息情况\n制发文件2件。\n"
            "（三）收到和处理政府信息公开申请情况\n新收3件。\n（四）存在的主要问题及改进情况\n下一步，将加强培训。\n"
            "（五）其他需要报告的事项\n无。\n")
    assert [k for _, k in _level1(text)] == ["overview", "proactive", "requests", "problems", "other"]
    assert [s.title for s in find_sections(text) if s.level == 2] == ["主动公开", "依申请公开", "政府信息管理"]


def test_paren_run_without_outer_sequence_is_left_flat() -> None:
    # must not: a restart that the outer numbering never resumes after (a list at the end) nests nothing
    text = ("（一）总体情况\n文。\n（二）主动公开政府信息情况\n文。\n（三）其他需要报告的事项\n无。\n"
            "（一）附表说明\n文。\n（二）联系方式\n文。\n")
    assert [s.level for s in find_sections(text)] == [1, 1, 1, 1, 1]
