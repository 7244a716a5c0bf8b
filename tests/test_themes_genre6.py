"""Theme rules of the fourth precision round, after ``theme_probes_heldout13.yaml`` and
``theme_probes_heldout14.yaml`` (issue 10 item 4).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a leader's title as the actor of an errand is a passing title
    ("分管副市长带队检查夏季防汛准备工作。", None, "leadership"),
    ("主要领导率队赴外省考察招商。", None, "leadership"),
    ("明确分管领导和具体经办人员，负责政务公开日常工作。", "leadership", None),
    ("成立政务公开工作领导小组，由分管副县长任组长。", "leadership", None),
    ("政务公开工作做到分管领导到位。", "leadership", None),
    # platform_web: a site as the channel of a count; a broadcaster's or 融媒体 column is no web column
    ("区政府网站全年发布各类信息1560条。", "proactive", "platform_web"),
    ("部门网站“工作动态”专栏全年更新信息230条。", "proactive", "platform_web"),
    ("区政府网站全年访问量达42万人次。", "platform_web", None),
    ("部门网站栏目设置不够合理，部分栏目长期未更新。", "platform_web", None),
    ("在市电视台开设“政务直通车”专栏，每周播出一期。", "platform_media", "platform_web"),
    ("在市融媒体中心开设“政策直通”栏目，全年播出政策解读节目30期。", "interpretation", "platform_web"),
    ("在网站首页开设“政策直通”栏目。", "platform_web", None),
    # a site as the channel of collecting views, letters or requests
    ("依托网站“民意征集”栏目征集群众对民生实事的建议。", "participation", "platform_web"),
    ("依托网站“民意征集”栏目征集群众对民生实事的建议。", None, "interpretation"),
    ("群众通过网站上留言反映的问题均按时回复。", "interpretation", "platform_web"),
    ("畅通网上、信函、当面等申请渠道。", "requests", "platform_web"),
    # platform_media: an account with its readers; a channel listed before 等 and a publishing verb
    ("“某某发布”公众号全年推送信息1200条，阅读量超过80万次。", "platform_media", None),
    ("依托微信、抖音等平台，发布政策短视频20条，累计播放量超过10万次。", None, "platform_media"),
    ("通过公示栏、广播等及时公开低保对象名单。", "key_areas", "platform_media"),
    ("在各村新建电子显示屏12块。", "platform_media", None),
    # proactive: a government meeting that hears or passes something, with nothing published
    ("县长在县政府常务会议上听取森林防火工作汇报。", None, "proactive"),
    ("区政府常务会议审议通过了《城区养犬管理规定》。", None, "proactive"),
    ("区政府常务会议审议通过了《城区养犬管理规定》。", None, "institutions"),
    ("县政府常务会议审议通过的事项均及时向社会公开。", "proactive", None),
    ("及时发布市政府重要会议和重大活动信息。", "proactive", None),
    ("全年更新政务信息420条。", "proactive", None),
    # requests: what requests asked for; a request window in a hall; applications of another kind
    ("申请人主要申请房屋征收补偿类信息。", "requests", "key_areas"),
    ("申请人主要申请房屋征收补偿类信息。", None, "proactive"),
    ("在便民服务中心设置信息公开申请受理窗口。", "requests", "services"),
    ("全年受理行政许可申请860件，按期办结率100%。", "services", "requests"),
    ("全年受理行政许可申请860件，按期办结率100%。", None, "power_oversight"),
    ("受理残疾人补贴申请320件。", None, "requests"),
    ("收到政府信息公开申请15件，全部按期答复。", "requests", None),
    # appeals: a body's caseload of every kind, other suits and court appearances are not about disclosure
    ("市司法局全年办理行政复议案件310件，直接纠错25件。", None, "appeals"),
    ("参与办理劳动争议纠纷诉讼6件。", None, "appeals"),
    ("局主要负责人出庭应诉2次。", None, "appeals"),
    ("本年度未收到对政府信息公开工作的投诉。", "appeals", None),
    ("政务公开工作全年未收到举报。", "appeals", None),
    ("本年度因政府信息公开申请引起行政复议2件。", "appeals", None),
    ("本年度办理政府信息公开行政复议案件2件，均维持原答复。", "appeals", None),
    # info_management: secrecy education of the staff is no publication review; unreviewed publication is
    ("组织全体干部参加保密知识培训。", None, "info_management"),
    ("开展保密警示教育，观看警示教育片。", None, "info_management"),
    ("信息发布前须经分管领导审核。", "info_management", None),
    ("个别信息上网前未经审核把关。", "info_management", None),
    # training: publicity of the constitution and of other laws is no publicity of the Regulations
    ("开展“宪法宣传周”进机关活动。", None, "training"),
    ("组织开展法律法规宣传进社区活动。", None, "training"),
    ("开展《条例》宣传进社区活动。", "training", "supervision"),
    ("开展《条例》宣传进社区活动。", "grassroots", None),
    # participation: open days, weeks and months
    ("举办“公众开放周”活动，邀请市民走进机关。", "participation", None),
    ("检察院开放日接待群众来访。", "participation", None),
    # supervision: units called to account; progress told at a meeting is no notification
    ("对政务公开工作落实不力的单位负责人进行约谈。", "supervision", None),
    ("约谈辖区内3家餐饮企业负责人。", None, "supervision"),
    ("召开政务公开工作推进会，通报各项任务进展情况。", None, "supervision"),
    ("对各单位政务公开工作情况进行通报。", "supervision", None),
    ("针对省政府办公厅抽查发现的问题，逐项整改。", "supervision", None),
    ("开展“双随机、一公开”检查25次，检查结果及时公开。", "power_oversight", "supervision"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
