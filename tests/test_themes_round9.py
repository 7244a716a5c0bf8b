"""Theme rules of the ninth precision round, tuned on ``theme_probes_heldout24.yaml`` only (issue 10
item 4); ``theme_probes_heldout23.yaml`` is for measuring and was never tuned on.

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # proactive: the body's annual report compiled or published; not the preamble, a title or a firm's report
    ("按时编制并发布本机关政府信息公开工作年度报告。", "proactive", None),
    ("年报编制工作于1月底前完成。", "proactive", None),
    ("现将2022年度政府信息公开工作年度报告公布如下。", None, "proactive"),
    ("某县交通运输局2015年政府信息公开工作年度报告", None, "proactive"),
    ("审核企业年报3200户。", None, "proactive"),
    ("印发《关于做好年度报告编制工作的通知》。", None, "proactive"),
    # proactive: the names of a column's sub-columns, and a column of annual reports, are the column
    ("专栏下设机构职能、人事任免、政策文件等子栏目。", "platform_web", "proactive"),
    ("在专栏公开机构职能和人事任免信息。", "proactive", None),
    ("开设年报专栏，集中展示历年年度报告。", "platform_web", "proactive"),
    # proactive: an account's output told after its audience is about the account
    ("局官方微博粉丝达8万，全年发布信息2600条。", "platform_media", "proactive"),
    ("通过政务微博发布信息2600条。", "proactive", None),
    # leadership: a leader hearing a report on the disclosure work; a paper passed up to a leader to read
    ("局长办公会听取信息公开工作专题汇报。", "leadership", None),
    ("听取全县安全生产工作汇报。", None, "leadership"),
    ("办理意见报主要领导审阅后答复来信人。", None, "leadership"),
    ("分管领导具体负责政务公开工作。", "leadership", None),
    # institutions: a rule or mechanism named as lacking after the lack; a catalogue posted on a board
    ("缺少信息发布协调机制。", "institutions", None),
    ("缺乏专业人员。", None, "institutions"),
    ("公开指南在办事大厅张贴公示。", None, "institutions"),
    ("编制政务公开事项目录。", "institutions", None),
    # key_areas: the staff's continuing education is no school matter
    ("组织专业技术人员参加继续教育。", None, "key_areas"),
    ("公开义务教育招生政策。", "key_areas", None),
    # interpretation: what people raise online, handled
    ("对网友反映的诉求逐一核实回复。", "interpretation", None),
    ("全县网民规模达30万。", None, "interpretation"),
    # requests: an overdue answer
    ("全年无逾期答复。", "requests", None),
    ("人大代表建议全部按期答复。", None, "requests"),
    # what a training course explains is its content, not the work it names
    ("举办培训班，系统讲解依申请公开办理流程和答复文书写作。", "training", "requests"),
    ("举办政务公开专题讲座，详细讲解保密审查要点。", "training", "info_management"),
    ("依申请公开办理流程进一步规范。", "requests", None),
    # info_management: review with assent before publication
    ("信息经科室负责人审核同意后方可发布。", "info_management", None),
    ("经审核同意后，为其办理低保。", None, "info_management"),
    # appeals: a complaint whose content is a fault of what is published
    ("收到群众投诉1件，反映栏目信息未及时更新。", "appeals", None),
    ("收到消费者投诉，反映商品质量问题。", None, "appeals"),
    # supervision: a case's handling chain (交办、督办、回访); progress told at a meeting by a speaker
    ("对12345诉求实行交办、督办、回访全流程管理。", None, "supervision"),
    ("对未按时整改的单位进行督办。", "supervision", None),
    ("召开领导小组会议，办公室主任通报全年工作进展。", None, "supervision"),
    ("对考核排名靠后的单位予以通报。", "supervision", None),
    # services: a services centre as the doer or seat of the disclosure work; a services site as a request channel
    ("市民服务中心举办政务公开业务培训。", "training", "services"),
    ("信息公开办公室设在市行政服务中心。", None, "services"),
    ("市民服务中心进驻事项860项。", "services", None),
    ("网上办事大厅是依申请公开的统一申请入口。", "requests", "services"),
    ("网上办事大厅实现事项全程网办。", "services", None),
    # services: approvals put under e-supervision are power oversight
    ("审批事项全部接入电子监察系统。", "power_oversight", "services"),
    ("压缩行政审批事项办理时限。", "services", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round9_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
