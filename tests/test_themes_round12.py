"""Theme rules of the twelfth precision round, tuned on ``theme_probes_heldout29.yaml`` (issue 10 item 4),
which was written and first measured untuned; ``theme_probes_heldout30.yaml`` was written after the round
and is kept untuned (measuring only).

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # a preamble that lists the report's parts names the headings and is about none of them
    ("全文包括概述、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。", None, "proactive"),
    ("本报告包括总体情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况等部分。", None, "requests"),
    ("本报告包括总体情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况等部分。", None, "appeals"),
    ("全年主动公开政府信息1260条。", "proactive", None),
    ("全年收到政府信息公开申请52件。", "requests", None),
    # 监督保障, the 2021 format's heading of the oversight of the work
    ("（六）监督保障", "supervision", None),
    ("强化监督保障，将政务公开纳入绩效考核。", "supervision", None),
    ("做好汛期物资保障。", None, "supervision"),
    # a legal office's caseload of every kind is no disclosure appeal
    ("市司法局承办市政府行政应诉案件46件。", None, "appeals"),
    ("因政府信息公开被提起行政诉讼1件，法院判决驳回起诉。", "appeals", None),
    # a licence's or service item's procedure and time limit are services, not requests
    ("公开道路运输经营许可办理流程、所需材料和办理时限。", "services", "requests"),
    ("依申请公开实行登记、审核、答复全流程管理，严格执行办理时限。", "requests", "services"),
    ("规范依申请公开办理程序。", "requests", "services"),
    # the year's new requests (table 三's row) and the channel they came by
    ("本年新收申请中，有9件通过政务服务网提交。", "requests", "services"),
    ("在政务服务网开设“一件事”专区，实现企业开办全程网办。", "services", None),
    # a site as the place where published content is marked, reviewed or removed
    ("在门户网站对已废止的规范性文件进行失效标注。", "info_management", "platform_web"),
    ("及时删除门户网站上含有个人手机号码的信息。", None, "platform_web"),
    ("门户网站完成改版，新增智能搜索功能。", "platform_web", None),
    # a site's interview a leader takes part in, and its topic
    ("分管副局长做客市政府网站在线访谈，介绍就业创业政策。", "interpretation", "platform_web"),
    ("分管副局长做客市政府网站在线访谈，介绍就业创业政策。", None, "key_areas"),
    ("公开城乡低保、特困人员救助标准。", "key_areas", None),
    # legal training that names no disclosure is not training of the disclosure work
    ("组织全局干部参加法律知识培训。", None, "training"),
    ("举办政务公开法律法规专题培训班，培训信息员60人。", "training", None),
    # an audit of officials' responsibility is oversight of conduct, not a key area
    ("县审计局对局主要负责人开展任期经济责任审计。", None, "key_areas"),
    ("公开部门预算执行和其他财政收支审计结果。", "key_areas", None),
    # domain words of forestry, inspection and quarantine, social organisations, farm funds
    ("公开林地使用审核同意书和森林采伐限额执行情况。", "key_areas", None),
    ("公开全市社会组织年度检查结果。", "key_areas", None),
    ("海关公开检验检疫行政处罚案件信息。", "power_oversight", "key_areas"),
    ("按季度公开惠农资金发放明细。", "key_areas", None),
    # a field's safety or quality inspection results made public
    ("公开特种设备安全监督检查结果。", "key_areas", None),
    ("开展网站安全检查。", None, "key_areas"),
    # licence decisions made public are double publicity
    ("及时公示建筑业企业资质许可审批结果。", "power_oversight", None),
    ("公开本局政府信息公开指南。", None, "power_oversight"),
    # proactive: the body's own information counted, policy documents by their other name,
    # decisions of a meeting and their carrying out published
    ("利用“学习强国”平台发布本局政务信息35条。", "proactive", None),
    ("在门户网站转载上级政策性文件62件。", "proactive", None),
    ("局务会议研究决定的事项，会后及时予以公开。", "proactive", None),
    ("公开县委县政府重大决策部署落实情况。", "proactive", None),
    ("局务会议研究部署防汛工作。", None, "proactive"),
    ("学习政策性文件汇编。", None, "proactive"),
    # interpretation: what the public cares about answered, and a Q&A on hot issues
    ("针对群众关注的公积金提取问题，制作图文问答8期。", "interpretation", None),
    ("围绕市民关心的停车难问题开展网络问政。", "interpretation", None),
    ("在网站发布热点问答15篇。", "interpretation", None),
    ("群众关心的道路已于10月通车。", None, "interpretation"),
    # platform_media: readers received at a reading point, not an archive's visitors
    ("全年共接待政府信息查阅群众86人次。", "platform_media", None),
    ("全年接待查阅档案人员412人次。", None, "platform_media"),
    # platform_media: a board named as the channel of what is published, without a count
    ("通过公示栏公布低保对象名单。", "key_areas", "platform_media"),
    ("在各村设立公示栏12块。", "platform_media", None),
    # services: a hall as the place of a notice board is the board
    ("通过政务服务大厅公告栏张贴惠民政策。", None, "services"),
    # leadership: the party answerable for one procedure is part of that procedure
    ("建立舆情回应机制，明确回应责任主体。", None, "leadership"),
    ("明确办公室为信息公开的责任主体。", "leadership", None),
    # institutions: the year's tasks broken down; a field's own document cited by its title is its policy
    ("制定年度政务公开重点任务分解表，明确责任科室和完成时限。", "institutions", None),
    ("印发《全市老旧小区改造实施方案》。", None, "institutions"),
    ("印发《政务公开工作实施方案》。", "institutions", None),
    ("出台《重大行政决策程序实施办法》。", "institutions", None),
    # grassroots: disclosure outreach held in communities and villages
    ("深入村开展政务公开宣传活动4场。", "grassroots", None),
    ("在机关大院开展政务公开宣传活动。", None, "grassroots"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round12_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
