"""Theme rules of the genre as other provinces, ministries and townships write it (issue 10).

Each codebook rule added for ``lexicons`` 2026.12.1 has a sentence that must carry the theme and
one that must not. The sentences are written for these tests: none is taken from the dev gold
or copied from the probe sets.
"""

from __future__ import annotations

import pytest

from textmine.themes import tag_text

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a leading body studying the disclosure work; the office in charge
    ("厅党组专题研究部署政府信息公开工作。", "leadership", None),
    ("局务会专题研究乡村振兴项目推进工作。", None, "leadership"),
    ("明确政策法规处为信息公开主管科室。", "leadership", None),
    ("行业主管部门加强日常指导。", None, "leadership"),
    # leadership: a leader interviewed or explaining is interpretation; a stock phrase of thanks
    ("分管领导接受电台采访，解读新出台的就业政策。", "interpretation", "leadership"),
    ("分管领导每季度听取政务公开工作汇报。", "leadership", None),
    ("在主要负责同志的关心支持下，档案室改造顺利完成。", None, "leadership"),
    # institutions: a catalogue of major decisions is participation
    ("向社会公布年度重大行政决策事项目录。", "participation", "institutions"),
    ("编制本机关政府信息公开事项目录。", "institutions", None),
    # platform_web: the site as the channel of responses; a programme called 栏目
    ("在门户网站回应网民关切46次。", "interpretation", "platform_web"),
    ("对门户网站进行全面改版。", "platform_web", None),
    ("参加电台“政风行风热线”栏目3期。", None, "platform_web"),
    ("在网站新增“政策解读”栏目。", "platform_web", None),
    # platform_media: a notice board or gazette as the channel of a count; a medium for policy publicity
    ("通过乡镇公示栏张贴公告信息320条。", None, "platform_media"),
    ("在村部新设公示栏2处。", "platform_media", None),
    ("依托政务微信宣传减税降费政策。", "interpretation", "platform_media"),
    ("新开通政务微信公众号。", "platform_media", None),
    # proactive: documents published in a gazette; shortcomings of published content; 任前公示
    ("在《市政府公报》上刊登政府规章3件。", "proactive", None),
    ("编印《政府公报》12期。", None, "proactive"),
    ("公开内容不够丰富，更新频率偏低。", "proactive", None),
    ("严格审核拟发布的内容。", None, "proactive"),
    ("干部任前公示信息全部按要求公开。", "proactive", None),
    ("对拟表彰对象进行公示。", None, "proactive"),
    # key_areas: a body's name is not its domain; a named publication system is a channel
    ("市生态环境局召开新闻发布会2次。", "interpretation", "key_areas"),
    ("公开全市生态环境质量状况。", "key_areas", None),
    ("行政处罚结果通过国家企业信用信息公示系统公示。", "power_oversight", "key_areas"),
    ("公开纳税信用A级纳税人名单。", "key_areas", None),
    ("公开涉企收费项目清单。", "key_areas", None),
    ("推进供水、供气等公共企事业单位信息公开。", "key_areas", None),
    # interpretation: leaders' reception days, publicising policies; not oversight by the press
    ("开展“局长接待日”活动12次。", "interpretation", None),
    ("接待外省考察团来访交流。", None, "interpretation"),
    ("深入企业宣传助企纾困政策。", "interpretation", "training"),
    ("开展《条例》宣传活动。", "training", "interpretation"),
    ("自觉接受舆论监督。", None, "interpretation"),
    ("做好舆论引导工作。", "interpretation", None),
    # participation: hearing opinions before a decision
    ("文件出台前听取企业和行业协会意见。", "participation", None),
    ("听取各科室工作汇报。", None, "participation"),
    # info_management: a website's dead links and typos are website work
    ("清理网站失效链接15个。", None, "info_management"),
    ("清理失效规范性文件9件。", "info_management", None),
    ("及时修改网页上的错别字和错误链接。", None, "info_management"),
    # training: coaching sessions, publicity events of disclosure; not a tutoring institution
    ("邀请专家开展专题辅导。", "training", None),
    ("开展政务公开进校园活动3场。", "training", None),
    ("公布校外培训机构白名单。", None, "training"),
    ("举办业务培训班2期。", "training", None),
    # supervision: oversight by other bodies, market regulation and a hotline's orders are not it
    ("自觉接受人大监督和审计监督。", None, "supervision"),
    ("对政务公开工作开展监督检查。", "supervision", None),
    ("强化对权力运行的监督制约。", None, "supervision"),
    ("食品监督抽查合格率98%，抽查结果及时公布。", None, "supervision"),
    ("开展双随机检查42次。", "power_oversight", "supervision"),
    ("加强对养老机构的日常监管。", None, "supervision"),
    ("12345热线工单办结率100%。", "interpretation", "supervision"),
    ("发出问题工单，督促相关单位限期整改。", "supervision", None),
    # services: the hotline's name; what a hall's screen shows
    ("开通政务服务热线，解答企业咨询。", "interpretation", "services"),
    ("推进政务服务事项网上办理。", "services", None),
    ("在服务大厅安装电子显示屏，滚动展示办事指南。", "platform_media", "services"),
    # grassroots: not the reporting township itself, not a column named as a channel
    ("本街道全年受理政府信息公开申请5件。", "requests", "grassroots"),
    ("推进乡镇政务公开标准化建设。", "grassroots", None),
    ("在区政府网站“街道信息公开”栏目公开信息120条。", None, "grassroots"),
    ("督促各村（社区）按月公开村级财务。", "grassroots", None),
    ("全面推行“四议两公开”工作法。", "grassroots", None),
    # second round (after theme_probes_heldout3.yaml)
    ("召开全县政务公开工作推进会。", "leadership", None),
    ("召开项目建设推进会。", None, "leadership"),
    ("编印政务公开工作手册，发放至各科室。", "institutions", None),
    ("编制精准扶贫政策手册，免费发放给群众。", None, "institutions"),
    ("在大厅配备自助查询机2台。", "platform_media", "services"),
    ("加强与主流媒体的沟通合作。", None, "platform_media"),
    ("在报纸开设政务公开专版。", "platform_media", None),
    ("推送政策信息560条。", "proactive", None),
    ("申请公开的信息涉及第三方权益。", None, "proactive"),
    ("邀请市民代表列席区政府常务会议。", "participation", "proactive"),
    ("区政府常务会议邀请市民代表列席。", "participation", "proactive"),
    ("公开政府常务会议议定事项。", "proactive", None),
    ("推进城镇老旧小区改造信息公开。", "key_areas", None),
    ("公开河长制工作信息。", "key_areas", None),
    ("更新老旧电脑设备。", None, "key_areas"),
    ("接听群众来电咨询900余个。", "interpretation", None),
    ("对网民关注的问题及时回应。", "interpretation", None),
    ("积极响应上级号召。", None, "interpretation"),
    ("意见采纳情况在网站公开反馈。", "participation", None),
    ("对检查意见进行整改。", None, "participation"),
    ("严格执行信息发布三审制度。", "info_management", None),
    ("防止泄露国家秘密和工作秘密。", "info_management", None),
    ("二审判决维持原判。", None, "info_management"),
    ("加强对干部作风纪律的监督检查。", None, "supervision"),
    ("市场监管部门公开抽检结果。", None, "supervision"),
    ("对各单位政务公开工作开展督查。", "supervision", None),
    ("窗口单位工作人员参加业务培训。", "training", "services"),
    ("设置综合服务窗口。", "services", None),
    ("全面推行“证照分离”改革。", "services", None),
    ("在政务服务网公开办事指南。", "services", None),
    ("定期公开村务和财务。", "grassroots", None),
    ("硬化村级道路12公里。", None, "grassroots"),
    # third round (after theme_probes_heldout4.yaml)
    ("开展消防安全专项检查，检查门店86家。", None, "supervision"),
    ("开展政务公开专项检查，检查结果全市通报。", "supervision", None),
    ("每日发布警情通报。", None, "supervision"),
    ("对网站检查情况进行通报。", "supervision", None),
    ("对巡察反馈的问题全部整改到位。", None, "supervision"),
    ("对第三方评估发现的问题全部整改到位。", "supervision", None),
    ("在市民服务中心设立政府信息查阅室。", "platform_media", "services"),
    ("市民服务中心进驻部门42个。", "services", None),
    ("加强药品零售环节质量管理。", "key_areas", None),
    ("深化医疗卫生体制改革，出台分级诊疗制度改革措施。", None, "institutions"),
    ("出台政府信息公开保密审查制度。", "institutions", None),
    ("发布年度统计公报。", None, "platform_media"),
    ("编发《政府公报》24期。", "platform_media", None),
    ("发布统计数据、统计公报等信息1460条。", "proactive", None),
    ("收集统计数据等信息。", None, "proactive"),
    # an inspection whose clause names nothing of the disclosure work and no assessment
    ("强化疫情防控监督检查，出动执法人员1200人次。", None, "supervision"),
    ("局领导陪同省厅检查组到基层调研。", None, "supervision"),
    ("对各地政府网站开展季度检查。", "supervision", None),
    ("开展季度检查，检查结果在全市通报。", "supervision", None),
]


def check_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    """``text`` carries the theme ``present`` and not ``absent`` (either may be None)."""
    tags = tag_text(text)
    if present:
        assert present in tags, tags
    if absent:
        assert absent not in tags, tags


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
