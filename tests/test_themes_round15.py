"""Theme rules of the fifteenth precision round, tuned on ``theme_probes_heldout37.yaml`` (issue 10 item 4),
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
    # leadership: the section that handles the requests is a division of duties
    ("由法制股负责政府信息公开申请的登记和答复。", "leadership", None),
    ("局办公室全年受理政府信息公开申请5件。", "requests", "leadership"),
    # key_areas: a body's section named after a field is an office, not the field
    ("由审计监督科负责政府信息公开申请的办理。", "leadership", "key_areas"),
    ("县审计局对5个乡镇开展财政收支审计。", "key_areas", None),
    # platform_media: a census or data bulletin is content, not the government gazette
    ("第三次农业普查主要数据公报已在网站发布。", "proactive", "platform_media"),
    ("全年编印《县人民政府公报》12期，免费赠送公众。", "platform_media", None),
    # proactive: a statistical bulletin released, not one cited as the source of a figure
    ("发布2024年全县国民经济和社会发展统计公报。", "proactive", None),
    ("据统计公报显示，全县常住人口增长1.2%。", None, "proactive"),
    # proactive: the economy's running figures published; not a press conference's account of them
    ("在网站公开全区外贸运行数据。", "proactive", None),
    ("区长在新闻发布会上通报全区经济运行情况。", None, "proactive"),
    # proactive: the Regulations' duty to publish in time what the public must know; not a requester's information
    ("及时公开需要社会公众广泛知晓的政府信息。", "proactive", None),
    ("及时公开申请人所需的政府信息。", None, "proactive"),
    # services: a service's conditions and procedure made public; not those of disclosure requests
    ("公开法律援助的申请条件、办理流程和咨询电话。", "services", None),
    ("公开政府信息公开申请条件和办理流程。", None, "services"),
    # proactive: a kind of information counted as sent out through an account; not a domain's warnings or controls
    ("通过“健康县城”微信公众号发布活动信息58条。", "proactive", None),
    ("通过政务微博发布道路交通管制信息30条。", None, "proactive"),
    ("通过微信公众号发布暴雨预警信息66条。", None, "proactive"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round15_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
