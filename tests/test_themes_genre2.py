"""Theme rules of lexicons 2026.12.2 (issue 10 item 4, after ``theme_probes_heldout6.yaml``).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: a higher body's office as the actor, "under the guidance of" an office,
    # leaders as signers of a review chain; the disclosure work on the list of key tasks
    ("对市政务公开办通报的问题立行立改。", None, "leadership"),
    ("成立局政务公开办公室，配备专职人员。", "leadership", None),
    ("在区政务公开办的具体指导下，完成了目录编制。", None, "leadership"),
    ("信息发布由股室负责人、分管领导逐级审核。", "info_management", "leadership"),
    ("分管领导逐级传达会议精神。", None, "info_management"),
    ("分管领导每月听取政务公开工作汇报。", "leadership", None),
    ("分管领导就新出台的稳岗就业政策作客电视台访谈节目。", "interpretation", "leadership"),
    ("各股室设立信息公开员，负责信息报送。", "leadership", None),
    ("选派人员参加省政府办公厅政务公开办公室举办的业务培训。", "training", "leadership"),
    ("局党组将政务公开纳入年度重点工作统筹推进。", "leadership", None),
    ("办公室负责统筹协调全局信息公开工作。", "leadership", None),
    # institutions: a draft put to a hearing or consultation is participation
    ("就公交票价调整方案举行听证会。", "participation", "institutions"),
    ("修订信息公开申请办理流程。", "institutions", None),
    ("编写依申请公开答复文书示范文本。", "institutions", None),
    # platform_web: a column as the channel of handling messages; where the report is downloaded
    ("通过网站“局长信箱”栏目办理群众来信96件。", "interpretation", "platform_web"),
    ("本年度报告全文可在区政府网站查阅下载。", None, "platform_web"),
    ("对网站“局长信箱”栏目进行改版。", "platform_web", None),
    # platform_media: a count published through a medium; an app as the channel of services;
    # a broadcast as a venue; a notice board as the place of a publication
    ("政务微博全年累计发布防汛信息和天气提示216条。", None, "platform_media"),
    ("依托微信视频号等载体，发布政策解读短视频18条。", "interpretation", "platform_media"),
    ("新开设政务抖音号1个。", "platform_media", None),
    ("依托政务APP开通社保卡申领等掌上办理服务。", "services", "platform_media"),
    ("政务APP下载量突破20万次。", "platform_media", None),
    ("局长做客广播电台直播节目解读减税政策。", "interpretation", "platform_media"),
    ("在社区公示栏张贴低保对象名单。", "key_areas", "platform_media"),
    ("在社区新设公示栏3处。", "platform_media", None),
    ("编制发布年度水资源公报。", None, "platform_media"),
    # proactive: the rules row of table 二; a request's object; published clean-up results
    ("本年度制发行政规范性文件3件。", "proactive", None),
    ("对拟制发的规范性文件开展合法性审查。", None, "proactive"),
    ("对反复申请公开政府信息的，依法不予重复处理。", "requests", "proactive"),
    ("废止规范性文件6件，清理结果在网站公布。", "info_management", "proactive"),
    # key_areas: what calls were about; domain words of floods and jobs
    ("来电咨询主要涉及医保报销和养老保险缴费。", "interpretation", "key_areas"),
    ("及时发布汛情和地质灾害预警信息。", "key_areas", None),
    ("落实创业担保贷款政策，扶持农民工返乡创业。", "key_areas", None),
    # interpretation: the Regulations explained to the staff are training
    ("在全体干部会议上解读《条例》的主要变化。", "training", "interpretation"),
    ("召开新闻发布会解读新出台的人才政策。", "interpretation", None),
    # participation: asking the public to choose or propose
    ("年度民生实事项目面向社会公开征集并实行人大代表票决。", "participation", None),
    ("社会保险基金征缴工作有序推进。", None, "participation"),
    # requests: the handling outcomes and their reasons, carried-over requests, fees
    ("从办理结果看，予以公开20件，无法提供8件。", "requests", None),
    ("不予公开的主要理由是相关信息属于内部事务信息。", "requests", None),
    ("上年结转申请3件，均已按期答复。", "requests", None),
    ("县政府收到行政复议申请2件，依法办结2件。", "appeals", "requests"),
    ("未向申请人收取复制、邮寄等任何费用。", "requests", None),
    ("建立问题整改台账，逐项销号。", "supervision", "requests"),
    ("群众留言均在5个工作日内答复。", "interpretation", "requests"),
    ("政府信息公开申请均在法定期限内答复。", "requests", None),
    ("行政复议申请均系申请人对不予公开答复不服而提起。", "appeals", "requests"),
    ("对申请人不服答复的，告知其救济途径。", "requests", None),
    ("实时监控审批事项办理时限。", "services", "requests"),
    # appeals: lost and won cases
    ("一起政府信息公开行政案件败诉，已依法重新作出答复。", "appeals", None),
    # info_management: typos on web columns are website work; refusals on secrecy grounds
    # are request handling; the rules row of the statistics is what was published
    ("检查发现错别字、空白栏目等问题15处。", None, "info_management"),
    ("信息发布前严格审核，杜绝错别字。", "info_management", None),
    ("不予公开中属于国家秘密的2件。", "requests", "info_management"),
    ("严格保守国家秘密。", "info_management", None),
    ("本年制发规范性文件6件，废止1件。", "proactive", "info_management"),
    ("对文件进行清理，废止规范性文件9件。", "info_management", None),
    ("对公开信息中的身份证号码等个人信息进行去标识化处理。", "info_management", None),
    # training: training and publicity in a field the body serves is its domain work
    ("举办家政服务技能培训班5期，培训下岗职工300人。", None, "training"),
    ("开展养殖技术培训，培训农民800人次。", None, "training"),
    ("开展普法宣传进社区活动。", None, "training"),
    ("举办全区信息公开工作人员业务培训班。", "training", None),
    ("开展《条例》宣传周活动。", "training", None),
    # supervision: an audit's findings rectified; bad reviews of services; orders to regulated
    # bodies; accountability in either word order
    ("对审计发现的问题全部整改到位。", None, "supervision"),
    ("对政务服务差评全部整改并回访。", "services", "supervision"),
    ("开展学校卫生监督检查，责令整改3家。", None, "supervision"),
    ("对年度考核中发现的问题限期整改。", "supervision", None),
    ("对信息公开工作中失职的单位，严肃追究责任。", "supervision", None),
    # services: what requests were about
    ("申请事项主要集中在建设工程审批方面。", "requests", "services"),
    ("推行审批服务“马上办”。", "services", None),
    # grassroots: disclosure carried down to villages
    ("推动基层公开向社区、村延伸。", "grassroots", None),
    ("推动服务向纵深延伸。", None, "grassroots"),
    # second round (after theme_probes_heldout7.yaml)
    ("局务会专题听取信息公开工作汇报。", "leadership", None),
    ("局务会听取了安全生产工作汇报。", None, "leadership"),
    ("市政务公开办对我局网站开展了专项抽查。", "supervision", "leadership"),
    ("政务抖音号粉丝量突破5万。", "platform_media", None),
    ("群众关注度较高的信息优先公开。", None, "platform_media"),
    ("本报告全文可在市政府门户网站“政府信息公开年报”栏目查阅。", None, "platform_web"),
    ("如对本报告有疑问，可拨打政务服务热线咨询。", None, "interpretation"),
    ("开通政务服务热线，解答群众政策咨询。", "interpretation", None),
    ("主动公开学校收费标准和资助政策。", "key_areas", "proactive"),
    ("主动公开本机关机构职能和人事任免信息。", "proactive", None),
    ("部分应主动公开的信息被认定为不予公开。", "info_management", "proactive"),
    ("发布全市空气质量月报。", "key_areas", None),
    ("召开停车收费标准听证会。", "participation", "key_areas"),
    ("公开停车收费标准。", "key_areas", None),
    ("对涉及第三方权益的申请，书面征求第三方意见。", "requests", None),
    ("邀请第三方机构开展满意度测评。", None, "requests"),
    ("未收到涉及政府信息公开的投诉。", "appeals", None),
    ("收到群众对物业服务的投诉12件。", None, "appeals"),
    ("本年制发规章2件、规范性文件4件，废止规范性文件1件。", "proactive", "info_management"),
    ("举办农技人员培训班3期。", None, "training"),
    ("信息公开人员业务不熟，答复不够规范。", "training", None),
    ("村级“三务”公开实现全覆盖。", "grassroots", None),
    ("村级道路全部硬化。", None, "grassroots"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
