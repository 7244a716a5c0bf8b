"""Theme rules of the third precision round, after ``theme_probes_heldout11.yaml`` and
``theme_probes_heldout12.yaml`` (issue 10 item 4).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: who answers for and who leads the disclosure work; a passing leader is not it
    ("各股室负责人为本股室政务公开工作的第一责任人。", "leadership", None),
    ("政务公开工作由综合科牵头，各业务科室配合。", "leadership", None),
    ("项目建设由发改局牵头负责。", None, "leadership"),
    ("市长批示要求做好森林防火工作。", None, "leadership"),
    ("县长对政务公开工作作出批示，要求加大公开力度。", "leadership", None),
    ("分管副局长通过广播问政节目解答听众提问。", "interpretation", "leadership"),
    # institutions: a body's own list of disclosure items; townships' standard catalogues are grassroots
    ("对照省级清单，修订本局主动公开事项清单。", "institutions", None),
    ("指导各街道编制政务公开事项标准目录。", "grassroots", "institutions"),
    # channels of a count: a column, the press, a gazette
    ("局网站“通知公告”栏目全年发布公告52条。", "proactive", "platform_web"),
    ("对网站“通知公告”栏目进行优化调整。", "platform_web", None),
    ("在日报、电视台等媒体刊发政策解读文章18篇。", "interpretation", "platform_media"),
    ("《区政府公报》全年共刊发规范性文件9件。", "proactive", "platform_media"),
    ("《区政府公报》实现电子版与纸质版同步发行。", "platform_media", None),
    # proactive: leaders' details and policy documents published
    ("公布局领导班子成员分工。", "proactive", None),
    ("局领导班子成员深入基层调研。", None, "proactive"),
    ("全年公开政策文件42件。", "proactive", None),
    ("全年发布政策文件解读15篇。", "interpretation", "proactive"),
    ("本部门规范性文件全部集中公开。", "proactive", None),
    # key areas: a consultation's topic is participation
    ("召开医疗服务价格改革座谈会，听取医院代表意见。", "participation", "key_areas"),
    ("公开医疗服务价格调整方案。", "key_areas", None),
    ("公开公租房轮候名单。", "key_areas", None),
    # interpretation: petitions casework
    ("信访部门全年办理群众来信来访560件。", None, "interpretation"),
    ("办理网民留言和群众来信来访120件。", "interpretation", None),
    # requests and appeals
    ("申请人不服答复，向市政府提起行政复议。", "appeals", "requests"),
    ("对申请人补正后的申请予以答复。", "requests", None),
    ("对督查发现的问题建立台账，逐项销号。", None, "requests"),
    ("建立依申请公开登记台账。", "requests", None),
    ("法律顾问全年代理行政诉讼案件18件。", None, "appeals"),
    ("因政府信息公开被提起行政诉讼1件。", "appeals", None),
    # information management
    ("对公开文件中的个人信息进行脱敏处理。", "info_management", None),
    ("属于商业秘密的信息，经权利人同意后公开。", None, "info_management"),
    ("清理网站过期信息860条。", "info_management", None),
    ("保密局开展涉密载体专项检查。", None, "info_management"),
    ("保密局开展涉密载体专项检查。", None, "supervision"),
    # training: a field's or press publicity and training are not training in disclosure
    ("开展志愿服务培训，培训志愿者260人。", None, "training"),
    ("在主流媒体刊发新闻宣传稿件56篇。", None, "training"),
    ("举办政务公开业务培训班，培训160人。", "training", None),
    # supervision: units that failed the duty called to account; a field's hazards and 双随机 results
    ("对未及时更新信息的单位进行通报批评。", "supervision", None),
    ("排查道路安全隐患46处，全部完成整改。", None, "supervision"),
    ("公开双随机抽查事项清单和抽查结果。", "power_oversight", "supervision"),
    ("村务监督委员会定期检查村务公开情况。", "grassroots", "supervision"),
    ("对各村政务公开情况开展检查，结果全县通报。", "supervision", None),
    # services: cross-region and assisted services
    ("推行“跨省通办”服务，实现48个事项异地办理。", "services", None),
    ("为重点企业提供帮办代办服务。", "services", None),
    # dev-gold classes: information catalogued as disclosable on request is no request handled;
    # checks of proactive disclosure are supervision; a supervising body's name is not its work
    ("共梳理政府信息920条，其中主动公开信息610条，作为依申请公开信息数85条。", None, "requests"),
    ("本年度依申请公开政府信息12条。", "requests", None),
    ("每月开展主动公开信息巡查，巡查结果全系统通报。", "supervision", "proactive"),
    ("县质量技术监督局全年主动公开政府信息230条。", "proactive", "supervision"),
    ("对各单位信息公开情况进行监督检查。", "supervision", None),
    # grassroots: villages and communities whose disclosure is the subject
    ("部分村（社区）公开内容更新不及时。", "grassroots", "proactive"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
