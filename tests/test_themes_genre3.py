"""Theme rules of lexicons 2026.12.2, third round (issue 10 item 4, after ``theme_probes_heldout8.yaml``).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: who answers for the work; a reform only as the cause of a change of duties;
    # a higher office as the actor that handles a complaint or notifies
    ("进一步明确各科室为政务公开工作的责任主体。", "leadership", None),
    ("根据机构改革后的职能调整，重新梳理公开事项。", None, "leadership"),
    ("因机构改革，原局政务公开工作人员调整至新组建的局。", "leadership", None),
    ("区政务公开办对群众投诉的信息公开问题进行调查并答复。", None, "leadership"),
    ("省政务公开办每半年对各市政府网站和政务新媒体发布情况进行通报。", "supervision", "leadership"),
    # institutions: a rule adopted by a meeting (the cited title alone is not it)
    ("局务会议审议通过了《政府信息公开工作规程》。", "institutions", None),
    ("按照《政府信息公开工作规程》办理申请。", None, "institutions"),
    # proactive: a meeting studying the work, a column's name, a media account with its audience,
    # attribute categories, the report's structure
    ("县政府常务会议专题听取政务公开工作汇报。", "leadership", "proactive"),
    ("及时公开县政府常务会议议定事项。", "proactive", None),
    ("在信息公开专栏新设“主动公开目录”子栏目。", "platform_web", "proactive"),
    ("政务微信全年推送信息1200条，订阅用户增至8万。", "platform_media", "proactive"),
    ("全年发布信息1200条。", "proactive", None),
    ("拟制公文时同步明确主动公开、依申请公开或不予公开。", "info_management", "proactive"),
    ("本年度报告根据《条例》编制，由主动公开、依申请公开等六部分组成。", None, "requests"),
    # platform_web: a column as the receiver of messages; a column launched on WeChat to explain
    # policies; the content a site publishes
    ("网站“民生热线”栏目收到群众留言215条，已全部回复。", "interpretation", "platform_web"),
    ("对网站栏目设置进行调整，新增“政策问答”栏目。", "platform_web", None),
    ("在政务微博开设“政策一点通”专栏，用短视频解读惠企政策。", "interpretation", "platform_web"),
    ("在门户网站开设“政策解读”专栏，全年发布解读信息30条。", "platform_web", None),
    ("对网站公开信息中的手机号码进行遮挡处理，保护个人信息。", "info_management", "platform_web"),
    # platform_media: a medium as the channel of a count of what was published
    ("全年主动公开信息900条，其中政务新媒体公开300条。", "proactive", "platform_media"),
    # key_areas: education as reprimand or as a field's campaign day is no school matter
    ("对答复超期的工作人员进行批评教育。", None, "key_areas"),
    ("组织开展全民国家安全教育日宣传活动。", None, "key_areas"),
    ("公开义务教育阶段学校招生计划。", "key_areas", None),
    ("扎实开展农村人居环境整治提升行动。", "key_areas", None),
    # interpretation: rumours answered
    ("针对网传“取消农村低保”的谣言，及时发布权威信息予以澄清。", "interpretation", None),
    # requests: what requests were about, introduced; an applicant's complaint; attribute
    # categories; archived files of requests; a services guide's time limits
    ("从申请事项看，主要涉及房屋征收补偿。", "requests", None),
    ("从申请事项看，主要涉及行政处罚决定。", None, "power_oversight"),
    ("对申请人提出的信息公开工作投诉，及时核查处理。", "appeals", "requests"),
    ("依申请公开办理材料一案一档，及时归档。", "info_management", "requests"),
    ("公开办事指南，写明申请材料和办理时限。", "services", "requests"),
    ("依申请公开答复均在法定期限内作出。", "requests", None),
    # info_management: a site's typos, the valid rules' count, published content kept current
    ("每天检查网站链接、错别字和栏目更新情况。", "platform_web", "info_management"),
    ("截至年底，现行有效规范性文件总数为52件。", None, "info_management"),
    ("公开领导分工和机构设置信息并及时动态更新。", "proactive", "info_management"),
    ("对现行有效的规范性文件实行动态更新管理。", "info_management", None),
    # training: training in a field the body serves
    ("举办乡村振兴致富带头人培训班2期。", None, "training"),
    ("举办政务公开业务培训班2期，培训各乡镇信息员80人。", "training", None),
    # supervision: passing a survey; those answerable called to account; a case bulletin
    ("区政府网站在全市政府网站普查中合格。", "supervision", None),
    ("对信息发布不及时的科室责任人进行约谈。", "supervision", None),
    ("每日通报确诊病例和密切接触者情况。", None, "supervision"),
    # services: a hall's screen showing guides; e-supervision of approvals
    ("在行政服务中心大厅设置触摸查询机，提供办事指南查询。", "platform_media", "services"),
    ("依托电子监察系统对审批事项进行全程监控。", "power_oversight", "services"),
    ("在政务服务中心设立综合受理窗口，实行一窗受理。", "services", None),
    # grassroots: every village's boards; 乡村振兴 is no village disclosure
    ("各行政村统一设置政务公开栏。", "grassroots", None),
    ("做好乡村振兴领域信息公开工作。", None, "grassroots"),
    ("推进村（居）务公开规范化。", "grassroots", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
