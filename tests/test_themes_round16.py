"""Theme rules of the sixteenth precision round, tuned on ``theme_probes_heldout39.yaml`` (issue 10 item 4),
which was written, labelled and committed before the tagger ran on it and first measured untuned.

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # leadership: 谁主管、谁负责 assigns the disclosure duties by office; 谁公开、谁审查 is review, not it
    ("坚持“谁主管、谁负责”，各股室对本股室信息的公开负责。", "leadership", None),
    ("坚持“谁公开、谁审查、谁负责”，严格信息发布审核。", "info_management", "leadership"),
    # leadership: a line that is only a body's name with its office's other name in brackets is the issuer
    ("市人民政府办公室（市政务公开办）", None, "leadership"),
    ("区政府办公室（区政务公开办）负责全区政务公开工作的组织协调。", "leadership", None),
    # platform_web: a contact line giving the site's address is no work on the site
    ("区政府门户网站网址：www.example.gov.cn", None, "platform_web"),
    ("完成区政府门户网站改版，新增无障碍浏览功能。", "platform_web", None),
    # proactive: the government work report as the object of an interpretation product is interpretation
    ("推出图解《2023年市政府工作报告》系列产品。", "interpretation", "proactive"),
    ("及时在门户网站公开政府工作报告全文。", "proactive", None),
    # proactive: a body counting its own internal units publishes nothing
    ("本局内设5个科室，现有干部职工36人。", None, "proactive"),
    ("及时更新机构职能、内设机构和领导信息。", "proactive", None),
    # key_areas: a policy explained or interpreted is interpretation, its field the topic
    ("组织干部入户为群众讲解低保政策。", "interpretation", "key_areas"),
    ("针对新出台的就业补贴政策，制作一图读懂和视频解读。", "interpretation", "key_areas"),
    ("公开城乡低保对象认定条件和补助标准。", "key_areas", None),
    ("围绕惠农政策，公开惠农补贴发放标准并配发解读。", "key_areas", None),
    # key_areas: the fees of disclosure requests are requests, not prices and charges
    ("依申请公开政府信息的收费项目和收费标准严格按规定执行。", "requests", "key_areas"),
    ("在网站公开城市供水收费标准。", "key_areas", None),
    # interpretation: assessment indicators explained to the staff are not policy interpretation
    ("邀请省政务公开办专家解读政务公开考核指标。", None, "interpretation"),
    ("邀请专家解读新出台的稳就业政策。", "interpretation", None),
    # info_management: the government's information resources managed (the 2021 template's heading)
    ("（二）政府信息资源规范化、标准化管理情况", "info_management", None),
    ("推进政府网站集约化建设，统一信息资源库。", None, "info_management"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round16_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
