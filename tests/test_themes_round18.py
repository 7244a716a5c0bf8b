"""Theme rules of the eighteenth precision round, tuned on ``theme_probes_heldout43.yaml`` (issue 10 item 4): whole
paragraphs of reports cut into sentences as they come, written, labelled and committed before the tagger ran on it.

Each rule has sentences that must carry the theme and sentences that must not, written for these tests (none copied
from the dev gold or the probe sets). The principle of every rule is SCHEMA.md §6: routine upkeep of a site or an
account is the channel theme, not assessment, review or a key area; a contact line is boilerplate; the requests
paragraph's 办结N件，其中按时办结M件 is requests, a hotline's or a hall's is not.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: the office in a contact line is boilerplate; the office given the work is leadership
    ("如有疑问，请与县政务公开办公室联系（电话：0000-1234567）。", None, "leadership"),
    ("设立政务公开办公室，配备专职人员2名。", "leadership", None),
    # platform_web, supervision and info_management: a site's patrol and its typo and link fixes are site upkeep;
    # a patrol of the disclosure work with a bulletin stays supervision
    ("每周对网站首页和栏目开展巡检，及时整改错别字、断链问题。", "platform_web", "supervision"),
    ("每周对网站首页和栏目开展巡检，及时整改错别字、断链问题。", None, "info_management"),
    ("每月对各单位政务公开情况进行巡检通报。", "supervision", None),
    ("对拟发布信息进行审核，严防错别字和敏感词。", "info_management", None),
    # key_areas: sampling checks of accounts are not product sampling; food sampling and major works published are
    ("对全区政务新媒体开展抽检，抽检合格率达98%。", "platform_media", "key_areas"),
    ("公开食品安全抽检结果。", "key_areas", None),
    ("公开重大交通工程建设进展情况。", "key_areas", None),
    ("重大水利工程建设稳步推进。", None, "key_areas"),
    # info_management: the law-enforcement staff list kept current is law-enforcement disclosure
    ("执法人员名单及时动态更新。", None, "info_management"),
    ("对政策文件实行动态更新管理。", "info_management", None),
    # requests: cases closed and those on time, with no other case kind named; a hotline's and a hall's are not
    ("全年办结86件，其中按时办结85件。", "requests", None),
    ("热线平台办结82件，其中按时办结80件。", None, "requests"),
    ("政务服务中心办结办件5600件，其中按时办结5600件。", None, "requests"),
    # training: the Regulations put on a study list; a study list of another law is not
    ("将政务公开纳入党组理论学习中心组学法计划。", "training", None),
    ("将《民法典》纳入领导干部学法清单。", None, "training"),
    # grassroots: a township's disclosure zone and its and its villages' finances; a county's zone and a service
    # system of two levels are not; township disclosure staff trained are training
    ("乡便民服务中心设置政务公开专区。", "grassroots", None),
    ("县政务服务中心设置政务公开专区。", None, "grassroots"),
    ("镇村两级财务收支情况按季度公开。", "grassroots", None),
    ("镇村两级便民服务体系不断完善。", None, "grassroots"),
    ("街道政务公开工作人员培训实现全覆盖。", "training", "grassroots"),
    ("街道政务公开专干配备到位。", "grassroots", None),
    # platform_media: an account named in quotes; an account of a service portal's user is not it
    ("对“平安某地”等政务账号实行统一管理。", "platform_media", None),
    ("群众注册个人账号后即可在线办理。", None, "platform_media"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round18_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
