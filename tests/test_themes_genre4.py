"""Theme rules of the precision round after ``theme_probes_heldout9.yaml`` (issue 10 item 4).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a leader deploying the work at a disclosure meeting; a cited title's words
    ("分管副市长在全市政务公开工作推进会上作重要讲话。", "leadership", None),
    ("在全市项目建设推进会上作出部署。", None, "leadership"),
    ("依据《省政务公开办公室关于规范年报格式的通知》编写本年度报告。", None, "leadership"),
    ("设立政务公开办公室，配备专职人员3名。", "leadership", None),
    # institutions: a disclosure guide made, cited by its title; a domain's plan published
    ("重新编制《区发展改革局政府信息公开指南》。", "institutions", None),
    ("公开城乡居民医保缴费方案和报销比例。", "key_areas", "institutions"),
    ("制定政府信息公开工作考核办法。", "institutions", None),
    ("依申请公开工作机制还需进一步健全。", "institutions", None),
    # channels: listed before 等渠道 they are channels of what follows; an interview to the press
    ("通过门户网站、政务微信等渠道公开征地补偿标准。", "key_areas", "platform_web"),
    ("通过门户网站、政务微信等渠道公开征地补偿标准。", None, "platform_media"),
    ("完成政务微信公众号迁移和认证。", "platform_media", None),
    ("区长接受市广播电台专访，介绍城市更新计划。", "interpretation", "platform_media"),
    ("在市广播电台开设政务公开专题节目。", "platform_media", None),
    # proactive: a form of the disclosure work published is not information published; counts
    # through a channel; statistics; a rule's scope provisions; what villages publish
    ("在网站发布政府信息公开申请表和办理流程图。", None, "proactive"),
    ("全年发布各类政府信息2860条。", "proactive", None),
    ("全年通过部门网站公开信息1540条。", "proactive", None),
    ("依申请公开政府信息12条，不予公开信息3条。", None, "proactive"),
    ("按月公开全市居民消费价格指数等统计数据。", "proactive", None),
    ("收集整理统计数据。", None, "proactive"),
    ("新修订的办法对公开范围和程序作出了明确规定。", "institutions", "proactive"),
    ("进一步扩大主动公开范围。", "proactive", None),
    ("个别社区公开内容更新不及时。", None, "proactive"),
    ("部分单位公开内容不够全面。", "proactive", None),
    # key_areas: environmental quality, tender notices, vocational training of the unemployed
    ("按月公开全市地表水环境质量状况。", "key_areas", None),
    ("发布工程招标公告和中标公告42条。", "key_areas", None),
    ("为失业人员提供免费职业技能培训。", "key_areas", "training"),
    # interpretation and participation: channels of collecting opinions; views collected
    ("通过市长热线、网上信箱等渠道征集群众对年度民生实事的意见。", "participation", "interpretation"),
    ("市长热线全年受理群众来电4.6万个。", "interpretation", "supervision"),
    ("广泛收集企业对政策文件的意见建议。", "participation", None),
    ("收集整理档案资料。", None, "participation"),
    # info_management: publication only after review and sign-off
    ("信息经科室负责人审核后，方可上网发布。", "info_management", None),
    ("审核意见反馈申请人。", None, "info_management"),
    # training: a field campaign's leaflets; quizzes on other subjects
    ("组织禁毒宣传进社区活动，发放宣传册800份。", None, "training"),
    ("开展政务公开宣传周活动，发放《条例》宣传册800份。", "training", None),
    ("参加全市党史知识竞赛并获二等奖。", None, "training"),
    ("举办政务公开知识竞赛。", "training", None),
    # supervision: hazards rectified, condition bulletins, issues passed on, officials assessed
    ("开展燃气安全排查，整改隐患86处。", None, "supervision"),
    ("对各部门政务公开问题清单逐项整改。", "supervision", None),
    ("按季度通报全市空气质量状况。", "key_areas", "supervision"),
    ("按季度通报各单位网站信息更新情况。", "supervision", None),
    ("对群众反映的问题通报相关部门核实处理。", None, "supervision"),
    ("完成公务员年度考核。", None, "supervision"),
    ("将政务公开工作纳入领导干部年度考核内容。", "supervision", None),
    ("聘请信息公开社会监督员8名。", "supervision", None),
    ("自觉接受社会监督。", None, "supervision"),
    # services: service guides, people's business
    ("编印《不动产登记服务指南》发放给群众。", "services", None),
    ("简化群众办事流程，压缩办理时限。", "services", None),
    # grassroots: village micro-power lists; the reporting 街道 itself; a list of places
    ("全面推行村级小微权力清单制度。", "grassroots", None),
    ("街道办事处确定1名干事负责信息公开日常工作。", "leadership", "grassroots"),
    ("指导各街道推进政务公开标准化建设。", "grassroots", None),
    ("宣传资料发放至各乡镇和公共查阅点。", None, "grassroots"),
    ("在各村（社区）设立政务公开栏。", "grassroots", None),
    # second round (after theme_probes_heldout10.yaml)
    # leadership: a leader's instruction on other work; a guest from a higher office
    ("市主要领导对森林防火工作作出批示。", None, "leadership"),
    ("局主要领导对政务公开工作作出批示。", "leadership", None),
    ("邀请市政务公开办同志来局指导年报编制。", None, "leadership"),
    ("因人员调整，及时补充政务公开工作人员。", "leadership", None),
    # platform_web: the content a site published, under review
    ("对网站已发布信息开展自查，删除过期信息56条。", None, "platform_web"),
    ("对网站首页进行改版。", "platform_web", None),
    # proactive: personnel notices, a body's duties published; a meeting's decisions published
    ("及时发布事业单位招聘公告。", "proactive", None),
    ("公开本局内设机构职责。", "proactive", None),
    ("原局政务公开职责划转至新组建的局。", None, "proactive"),
    ("该事项不属于本机关公开职责范围。", None, "proactive"),
    ("全面公开区政府常务会议审议通过的事项。", "proactive", None),
    ("区政府常务会议专题研究信息公开工作。", None, "proactive"),
    # key_areas: budget performance, housing repair, road and equipment safety
    ("公开部门项目支出绩效自评报告。", "key_areas", None),
    ("公示农村危房改造补助对象。", "key_areas", None),
    ("开展道路交通安全宣传进校园活动。", "key_areas", "training"),
    ("开展特种设备安全隐患排查。", "key_areas", "supervision"),
    # interpretation: questions answered, a Q&A published
    ("在线答复网民咨询1200余条。", "interpretation", None),
    ("答复申请人的补正告知。", None, "interpretation"),
    ("发布新政策答问3篇。", "interpretation", None),
    # appeals: a court's caseload is not it
    ("市中级法院全年受理行政案件860件。", None, "appeals"),
    ("因政府信息公开被提起行政诉讼1件。", "appeals", None),
    # info_management: how a document is to be disclosed, marked at drafting
    ("公文拟稿时同步标注公开方式。", "info_management", None),
    # training: the Regulations studied under their full title
    ("组织科室负责人学习新修订的《中华人民共和国政府信息公开条例》。", "training", None),
    # supervision: annual reports reviewed; discipline bodies' bulletins
    ("开展政务新媒体年度报表抽查。", "supervision", None),
    ("县纪委监委对3起违规吃喝问题进行通报。", None, "supervision"),
    ("对政务公开工作不力的单位进行通报。", "supervision", None),
    # services: obstacles to people's business found
    ("开展“走流程”体验活动，梳理办事堵点12个。", "services", None),
    # power_oversight: inspections and penalties published in the credit system
    ("行政处罚决定通过企业信用信息公示系统公示。", "power_oversight", None),
    # grassroots: reading points set up in each township; not a list of trainees
    ("在各乡镇便民服务中心设立政务公开专区。", "grassroots", None),
    ("组织各乡镇信息员参加政务公开业务培训。", "training", "grassroots"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
