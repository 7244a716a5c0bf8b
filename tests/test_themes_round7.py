"""Theme rules of the seventh precision round, tuned on ``theme_probes_heldout19.yaml`` only
(issue 10 item 4); ``theme_probes_heldout20.yaml`` is the round's untuned set.

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a leading body that reviews the disclosure work's plan; an office of the work set up with its posts
    ("局务会审议通过本年度政务公开工作方案。", "leadership", None),
    ("局务会审议通过了年度财务预算。", None, "leadership"),
    ("区政府办公室内设信息公开科，核定编制3名。", "leadership", None),
    ("设立政务公开专区，方便群众查阅。", None, "leadership"),
    # leadership: the unit that leads the work, the work named in the clause before
    ("本局政务公开工作在局党组领导下，由局办公室牵头负责。", "leadership", None),
    ("由县政府办公室牵头组织开展防汛演练。", None, "leadership"),
    # platform_media: an archive or library built is no reading room; one set up for reading is
    ("县图书馆新馆建成开放。", None, "platform_media"),
    ("在新建的市档案馆设立政府信息查阅点。", "platform_media", None),
    # platform_media: broadcasts, papers, boards and screens used for publicity; new media falling short stay
    ("利用村广播、宣传栏开展《条例》宣传。", "training", "platform_media"),
    ("通过市电台开展政策解读节目。", "interpretation", "platform_media"),
    ("利用政务新媒体开展宣传的能力还不强。", "platform_media", None),
    # proactive: the count of information after its channel; shortcomings of disclosure's timeliness or depth
    ("本单位政府信息经县政府网站公开2130条。", "proactive", None),
    ("政府信息公开申请办理2件。", None, "proactive"),
    ("部分业务信息公开的及时性有待提高。", "proactive", None),
    ("依申请公开的及时性有待提高。", None, "proactive"),
    # key_areas: a construction-project approval reform is services; the approval results published stay key_areas
    ("深化工程建设项目审批制度改革，审批时限压缩一半。", "services", "key_areas"),
    ("公开工程建设项目审批结果。", "key_areas", None),
    # key_areas: the fees of a service guide are its element; a fee list published is key_areas
    ("公开政务服务事项的办理条件、申请材料和收费标准。", None, "key_areas"),
    ("公开行政事业性收费目录和收费标准。", "key_areas", None),
    # key_areas / participation: a livelihood decision put to the public is participation
    ("对重大民生决策事项开展意见征询。", "participation", "key_areas"),
    ("公开重大民生实事项目完成情况。", "key_areas", None),
    # key_areas: 规划计划 listed as a statutory kind of disclosed content
    ("公开的内容包括机构职能、政策法规、规划计划、人事信息等。", "proactive", "key_areas"),
    ("公开本地区国民经济和社会发展规划计划。", "key_areas", None),
    # key_areas: the property market's information
    ("按季度公开商品房预售和房地产市场信息。", "key_areas", None),
    # interpretation: cases passed on by the 12345 platform; a new 12345 system is not it
    ("12345热线交办我局的群众诉求均按时办结。", "interpretation", None),
    ("上线12345平台新系统。", None, "interpretation"),
    # participation: a consultation meeting; monitors of the disclosure work collecting views are supervision
    ("召开城市更新方案意见征询会。", "participation", None),
    ("聘请信息公开监督员10名，定期征集意见。", "supervision", "participation"),
    # requests: the applicants by kind and the statutory deadline; a review ledger is not a request ledger
    ("其中自然人申请40件，法人或其他组织申请6件。", "requests", None),
    ("所有申请均在20个工作日内予以答复。", "requests", None),
    ("对来信均在5个工作日内答复。", None, "requests"),
    ("建立信息发布审核台账，逐条登记。", "info_management", "requests"),
    ("建立依申请公开办理台账。", "requests", None),
    # appeals: an administrative dispute over disclosure
    ("全年未发生因信息公开引起的行政争议。", "appeals", None),
    ("全年化解各类行政争议35件。", None, "appeals"),
    # info_management: the secrecy work in general deployed is not publication review
    ("召开会议部署年度保密工作。", None, "info_management"),
    ("对公开信息开展保密审查。", "info_management", None),
    # training: the disclosure work in a body's study plan; a field's publicity is not publicity of the Regulations
    ("将《条例》列入机关干部年度学习计划。", "training", None),
    ("加强招商引资宣传推介。", None, "training"),
    ("开展《条例》宣传进机关活动。", "training", None),
    # supervision: the results of random inspections are power oversight
    ("公开随机抽查事项清单及抽查结果。", "power_oversight", "supervision"),
    ("对各单位网站开展抽查，抽查结果全市通报。", "supervision", None),
    # services: a reading point set up in a hall is the reading point, not services
    ("在政务服务大厅设置政府信息查阅点。", "platform_media", "services"),
    ("在政务服务大厅设置综合受理窗口。", "services", None),
    # grassroots: a township naming itself is not grassroots, but a board it sets up in a community is
    ("街道办事处在各社区设置政务公开栏。", "grassroots", None),
    ("街道办事处明确专人负责政务公开工作。", None, "grassroots"),
    # institutions: the stock phrase with the work named; an assessment system built
    ("进一步完善政务公开工作机制。", None, "institutions"),
    ("建立政务公开考核评价体系。", "institutions", None),
    ("将政务公开纳入绩效考核体系。", None, "institutions"),
    # second step (tuned on heldout21)
    # leadership: the office in charge of organising the disclosure work
    ("县政府办公室负责全县政务公开工作的统筹协调。", "leadership", None),
    ("县政府办公室负责全县防汛物资的统筹协调。", None, "leadership"),
    # platform_media: an archive's intake of records; a broadcast as the channel of a counted output
    ("县档案馆接收各单位移交档案3000卷。", None, "platform_media"),
    ("在县档案馆设立政府信息公开查阅室。", "platform_media", None),
    ("在市电台“行风热线”节目播出部门访谈10期。", "interpretation", "platform_media"),
    ("在县电视台开设“政务公开”专栏。", "platform_media", None),
    # interpretation: a hotline as the channel of collecting views is participation; policies carried to homes
    ("依托12345热线征集群众对民生实事项目的意见。", "participation", "interpretation"),
    ("12345热线全年受理群众来电2.1万件。", "interpretation", None),
    ("开展“惠企政策进企业”活动20场。", "interpretation", None),
    ("开展“送文化进社区”活动20场。", None, "interpretation"),
    # info_management: one review per document
    ("拟公开信息实行一文一审。", "info_management", None),
    ("全年共审理案件一百余件。", None, "info_management"),
    # training: a test of the disclosure knowledge; cadre education and fraud publicity are not it
    ("组织信息员参加《条例》知识测试。", "training", None),
    ("组织干部参加党纪知识测试。", None, "training"),
    ("按照统一部署开展干部教育培训。", None, "training"),
    ("开展防范电信诈骗宣传进社区活动。", None, "training"),
    # key_areas: cadre education is no schooling
    ("组织开展干部教育培训工作。", None, "key_areas"),
    ("公开义务教育学校招生范围。", "key_areas", None),
    # supervision: evaluating a policy's effect is no assessment of the disclosure work
    ("对出台的政策开展实施效果评估。", None, "supervision"),
    ("委托第三方对政务公开工作开展评估。", "supervision", None),
    # requests: the appeal clause of the guide handles no request
    ("申请人对答复不服的，可以依法申请行政复议。", "appeals", "requests"),
    ("全年受理政府信息公开申请18件。", "requests", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round7_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
