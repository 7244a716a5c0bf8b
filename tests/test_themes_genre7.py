"""Theme rules of the fifth precision round, after ``theme_probes_heldout15.yaml`` and the dev
gold's errors (issue 10 item 4).

Each rule has a sentence that must carry the theme and one that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # platform_web: a broadcaster's or 融媒体 column is no web column, however long its name
    ("市融媒体中心开设“百姓身边的政务公开故事”专栏，全年播出节目40期。", "platform_media", "platform_web"),
    ("在区政府网站首页开设“百姓身边的政务公开故事”专栏。", "platform_web", None),
    # appeals: a reconsideration body's caseload of every kind is not about disclosure
    ("全区行政复议机关共受理复议申请620件，审结598件。", None, "appeals"),
    ("本年度行政复议机关受理涉及政府信息公开的复议申请4件。", "appeals", None),
    ("对复议机关纠错的信息公开案件，逐案分析原因。", "appeals", None),
    # training: secrecy publicity and quizzes are no publicity of the Regulations; a disclosure quiz is
    ("开展保密宣传教育月活动，组织干部观看专题片。", None, "training"),
    ("开展保密知识有奖答题，全体干部参加。", None, "training"),
    ("开展政务公开知识线上有奖答题活动，参与群众3000余人次。", "training", None),
    ("举办《条例》有奖问答活动。", "training", None),
    # proactive: law-enforcement bodies and duties published are power_oversight, not proactive
    ("在部门网站公示行政执法机关、执法人员、职责权限和执法依据。", "power_oversight", "proactive"),
    ("公开局领导分工和各科室职责。", "proactive", None),
    # proactive: offices reorganised are no publication
    ("受机构改革影响，局内设机构和职能作了较大调整。", None, "proactive"),
    ("公开机关内设机构及其职能。", "proactive", None),
    # proactive: a count of what a key area published is key_areas, not an extra proactive label
    ("重点公开重大建设项目批准和实施信息，全年共发布相关信息88条。", "key_areas", "proactive"),
    ("预决算信息全年共发布126条。", "key_areas", "proactive"),
    ("全年共发布信息2150条，其中预决算信息126条。", "proactive", None),
    # institutions: flow charts of the exercise of power are power lists
    ("梳理编制行政权力运行流程图86张并上网公开。", "power_oversight", "institutions"),
    ("制定依申请公开办理流程，明确各环节时限。", "institutions", None),
    # institutions: a guide and catalogue made under their short titles
    ("各乡镇编制了政府信息公开《目录》和《指南》。", "institutions", None),
    ("查阅《目录》和《指南》可获取相关信息。", None, "institutions"),
    # key_areas: vocabulary; the topic a press conference introduces is interpretation
    ("公示最低生活保障对象名单及保障金额。", "key_areas", None),
    ("公开城区生活垃圾分类收运处理情况。", "key_areas", None),
    ("公布2024年民生实事项目推进情况。", "key_areas", None),
    ("开展民生实事项目网络投票。", "participation", "key_areas"),
    ("召开新闻发布会，介绍全市就业创业扶持政策。", "interpretation", "key_areas"),
    ("《餐厨垃圾分类管理办法（征求意见稿）》向社会公开征求意见。", "participation", "key_areas"),
    # services: a screen or reading point set up in a service centre is the channel, not services
    ("在镇便民服务中心设置电子触摸屏，供群众查询政策。", "platform_media", "services"),
    ("便民服务中心全年办理各类事项1.2万件。", "services", None),
    # grassroots: reading points in each township's service centre
    ("在各乡镇综合便民服务中心设立政府信息公开查阅点。", "grassroots", None),
    # power_oversight: the Regulations' wording of all information; licences moved into a hall
    ("梳理在权力运行和公共服务过程中产生的政府信息，逐项认定公开属性。", None, "power_oversight"),
    ("质监行政许可事项全部入驻行政服务中心办理。", None, "power_oversight"),
    ("公开行政许可和行政处罚决定信息。", "power_oversight", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_genre_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
