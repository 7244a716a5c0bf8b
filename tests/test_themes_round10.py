"""Theme rules of the tenth precision round, tuned on ``theme_probes_heldout25.yaml`` (issue 10 item 4),
which was written and first measured untuned.

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a task force of the disclosure work
    ("组建信息公开工作专班，抽调骨干3名。", "leadership", None),
    ("组建防汛工作专班。", None, "leadership"),
    # leadership: a leader who takes charge of the disclosure work himself; not of other work
    ("主要领导亲自研究部署政务公开工作。", "leadership", None),
    ("由分管副局长负责政务公开工作的组织协调。", "leadership", None),
    ("主要领导亲自部署防汛工作。", None, "leadership"),
    # leadership: leaders as the signers of a reply or publication
    ("经主要领导签批后，告知书寄送申请人。", "requests", "leadership"),
    # leadership: staff sent to learn at a higher disclosure office
    ("安排1名干部赴市政务公开办跟班学习。", "training", "leadership"),
    ("局办公室为政务公开工作牵头科室。", "leadership", None),
    # leadership: the reform as the time of a change that is not to the disclosure work
    ("机构改革后重新编制部门权责清单。", "power_oversight", "leadership"),
    ("机构改革后，及时明确政务公开工作的分管领导。", "leadership", None),
    # institutions: a rule studied is cited, not made
    ("组织干部学习保密审查制度。", None, "institutions"),
    ("制定信息发布审核制度。", "institutions", None),
    # platform_media: a sign or board as the place where something is shown; setting one up is the channel
    ("在项目工地公示牌公布施工许可信息。", None, "platform_media"),
    ("在各村新设置公示牌46块。", "platform_media", None),
    # platform_media: an account reposting a counted output
    ("政务微博转发防汛提示信息36条。", None, "platform_media"),
    ("开通政务微博，实名认证。", "platform_media", None),
    # platform_media: an archive's service to its own users
    ("县档案馆全年接待档案查询利用者900人次。", None, "platform_media"),
    ("在县档案馆设立政府信息查阅点。", "platform_media", None),
    # proactive: people to be appointed or hired named for public notice; the division of leaders' work
    ("拟录用公务员名单在局网站公示5个工作日。", "proactive", None),
    ("拟录用人数较上年减少3名。", None, "proactive"),
    ("局领导分工调整后及时在网站公布。", "proactive", None),
    ("局领导分工调整后重新明确各自分管科室。", None, "proactive"),
    # proactive: the body's annual report published, told report first; not the preamble or this report
    ("上年度年度报告于3月前在局网站发布。", "proactive", None),
    ("现将2022年度报告公布如下。", None, "proactive"),
    # proactive: rules counted and published
    ("本年印发的规范性文件共6件，全部在网站公开。", "proactive", None),
    ("清理规范性文件共6件，清理结果向社会公布。", "info_management", "proactive"),
    # proactive: a document's attribute changed is information management; what requests were
    ("逐件复核公开属性，调整为主动公开5件。", "info_management", "proactive"),
    ("全年主动公开文件9件。", "proactive", None),
    ("收到的公开申请多为规划审批类。", "requests", "proactive"),
    # proactive: a government meeting as the approving step of a list
    ("目录经区政府常务会议审议通过后印发。", None, "proactive"),
    ("公开区政府常务会议纪要12期。", "proactive", None),
    # proactive: inspection results published in time
    ("双随机抽查结果及时公开。", "power_oversight", "proactive"),
    # key_areas: warnings and farm subsidies by name; debt bonds; accident reports
    ("发布山洪灾害气象预警12期。", "key_areas", None),
    ("公开种粮一次性补贴发放名单。", "key_areas", None),
    ("公开新增专项债券项目清单。", "key_areas", None),
    ("公布较大事故调查报告3份。", "key_areas", None),
    # key_areas: a field named only as the scope of standard catalogues; a residents' consultation's topic
    ("编制城乡规划、义务教育等领域标准目录。", "grassroots", "key_areas"),
    ("召开社区恳谈会，商议加装电梯问题。", None, "key_areas"),
    ("公开加装电梯补助资金使用情况。", "key_areas", None),
    # key_areas: a press conference's topic, the speaker named first
    ("分管副局长在新闻发布会上介绍今年医保政策调整。", "interpretation", "key_areas"),
    # key_areas: 公开征集 of livelihood projects is consultation
    ("公开征集明年民生实事候选项目。", "participation", "key_areas"),
    ("公布上年度民生实事完成情况。", "key_areas", None),
    # interpretation: inquiries received and counted; an open day at a hotline centre
    ("全年受理群众电话咨询630次。", "interpretation", None),
    ("邀请人大代表走进12345热线中心参观。", "participation", "interpretation"),
    ("局长走进12345热线直播间接听群众来电。", "interpretation", None),
    # participation: comments of the body's own units are no public participation
    ("征求各处室意见后定稿。", None, "participation"),
    ("面向社会征求意见。", "participation", None),
    # appeals: an applicant's complaint; a suit over an act that is no disclosure
    ("申请人对延期答复的投诉经复核后予以说明。", "appeals", None),
    ("企业不服行政处罚决定申请行政复议2件。", None, "appeals"),
    ("申请人不服答复申请行政复议1件。", "appeals", None),
    # info_management: the disclosure principle; poor upkeep of a site; a meeting's approval
    ("凡不涉密的文件一律予以公开。", None, "info_management"),
    ("严格审查涉密信息。", "info_management", None),
    ("关停内容保障不到位的部门网站2个。", "platform_web", "info_management"),
    # training: the disclosure work in a course; study of the disclosure rules; courses for other groups
    ("把政务公开列入新任职干部培训课程。", "training", None),
    ("组织科室人员学习依申请公开有关规定。", "training", None),
    ("开展网格员业务培训班4期。", None, "training"),
    ("开展防灾减灾科普宣传进校园。", None, "training"),
    # supervision: weighed in rewards; a faulty report ordered corrected; an inspection's disclosure finding
    ("政务公开考评结果与评先评优挂钩。", "supervision", None),
    ("对网站栏目长期未更新的单位，责令限期整改。", "supervision", None),
    ("对无证经营的商户，责令限期整改。", None, "supervision"),
    ("市委巡察反馈的信息公开不规范问题已整改到位。", "supervision", None),
    ("市委巡察反馈的财务问题已整改到位。", None, "supervision"),
    # supervision: bulletins on misconduct; random picks of inspection targets
    ("通报2起违反中央八项规定精神问题。", None, "supervision"),
    ("随机抽取市场主体56户开展检查。", "power_oversight", "supervision"),
    # services: a hall as the seat of a reading point; a request form handed out at a centre
    ("在办税服务厅摆放查询终端。", None, "services"),
    ("办税服务厅推行容缺办理。", "services", None),
    ("公开申请表可在政务服务中心领取。", "requests", "services"),
    # power_oversight: one penalty case with its fine, and a suit against a penalty
    ("依法作出行政处罚决定，没收违法所得。", None, "power_oversight"),
    ("公开行政处罚决定书36份。", "power_oversight", None),
    # grassroots: a village's public notice
    ("低保评议结果在村级公示栏公示。", "grassroots", None),
    # platform_web: a portal's sub-sites
    ("整合部门子站12个。", "platform_web", None),
    # a second pass, after a check on fresh sentences: the same rules in other wordings
    ("分管副县长亲自过问政务公开工作。", "leadership", "interpretation"),
    ("开设网络问政栏目，回应群众诉求。", "interpretation", None),
    ("政务抖音号转发交通安全提示视频12条。", None, "platform_media"),
    ("经复核，将3件文件调整为不予公开。", "info_management", None),
    ("坚持凡不涉及国家秘密的信息都予以公开。", "proactive", "info_management"),
    ("对行政许可决定不服申请行政复议1件。", None, "power_oversight"),
    ("收到的申请主要是房屋征收类。", "requests", "key_areas"),
    ("审计反馈的信息公开问题已整改到位。", "supervision", None),
    ("审计反馈的资金管理问题已整改到位。", None, "supervision"),
    ("就道路改造方案征求村民意见。", "participation", None),
    ("征求局机关各科室意见后印发。", None, "participation"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round10_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
