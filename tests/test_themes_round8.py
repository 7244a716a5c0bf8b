"""Theme rules of the eighth precision round, for ``services`` and ``training``, tuned on
``theme_probes_heldout22.yaml`` only (issue 10 item 4); ``theme_probes_heldout20.yaml`` stays untuned.

Each rule has sentences that must carry the theme and sentences that must not, written for these
tests (none copied from the dev gold or the probe sets). The principle of every rule is SCHEMA.md
§6: a term tags a sentence only when the sentence is about it; one theme per overlapping term.
"""

from __future__ import annotations

import pytest

from tests.test_themes_genre import check_genre_rule

# (sentence, theme it must carry or None, theme it must not carry or None)
CASES = [
    # services: a services bureau named as the doer of other work; its own service counts stay services
    ("市行政审批服务局全年发布政策解读稿件26篇。", None, "services"),
    ("区政务服务数据管理局负责区政府网站的日常运行。", None, "services"),
    ("区行政审批局全年受理行政许可申请5600件。", "services", None),
    # services: a service centre's party branch or meeting room, and centres of other fields
    ("在市民服务中心二楼会议室召开政务公开培训会。", None, "services"),
    ("区政务服务中心党支部开展志愿服务活动。", None, "services"),
    ("县养老服务中心新增床位200张。", None, "services"),
    ("区政务服务中心进驻事项980项。", "services", None),
    # services: the sign-off of a publication or of spending
    ("所有信息须经分管负责人审批后方可上网。", "info_management", "services"),
    ("严格落实因公出国事前审批。", None, "services"),
    ("填写政府信息发布审批单后方可公开。", "info_management", "services"),
    ("压缩审批时限，审批环节由5个减至3个。", "services", None),
    # services: a window as a figure of speech or of time, and a window for disclosure requests
    ("门户网站是展示政府形象的重要窗口。", None, "services"),
    ("在办公室设立信息公开申请受理窗口。", "requests", "services"),
    ("政务服务大厅增设企业开办专窗。", "services", None),
    # services: inspectors stationed, accounts joining a matrix
    ("省委巡视组进驻期间，我委认真配合。", None, "services"),
    ("局政务微博入驻省级政务新媒体矩阵。", "platform_media", "services"),
    ("18个部门的1200个事项进驻县政务服务中心。", "services", None),
    # services: deputies' proposals and disclosure requests handled online
    ("人大代表建议全部实现网上办理。", "participation", "services"),
    ("信息公开申请可通过网上办理。", "requests", "services"),
    ("不动产登记实现全程网上办理。", "services", None),
    # services: a reply delivered through a services platform; paperless meetings
    ("答复书均通过政务服务平台推送申请人。", "requests", "services"),
    ("全面推行无纸化办公。", None, "services"),
    ("推行电子证照，实现办事材料无纸化。", "services", None),
    # services: the guide of disclosure requests is institutions and requests, not services
    ("修订依申请公开办事指南，公开受理机构地址。", "institutions", "services"),
    ("公开政务服务事项办事指南并动态更新。", "services", None),
    # services: a body named for both works is the office of the work
    ("调整政务公开和政务服务工作领导小组成员。", "leadership", "services"),
    ("推动政务服务向基层延伸，村级代办点实现全覆盖。", "services", None),
    # services: trainees named by their post in a disclosure training
    ("对窗口工作人员开展政务公开业务培训2次。", "training", "services"),
    # training: the study of the Party's line, a meeting's spirit or a leader's speech
    ("认真学习贯彻习近平总书记重要讲话精神。", None, "training"),
    ("组织学习贯彻新修订的《条例》。", "training", None),
    # training: lectures on theory, the law or health; a lecture on disclosure is training
    ("邀请党校教授作专题授课。", None, "training"),
    ("举办法治专题讲座，邀请律师解读《民法典》。", None, "training"),
    ("邀请专家作《条例》专题讲座。", "training", None),
    ("开展信息公开专题辅导，参训人员60人。", "training", None),
    # training: an office skill or another field's course
    ("组织开展审计业务培训班，培训审计人员80人。", None, "training"),
    ("举办机关公文写作专题培训。", None, "training"),
    ("举办政务公开业务培训班，培训联络员50人。", "training", None),
    # training: guidance on another work, a study visit on another work, capacity in another field
    ("上级部门对我局信访工作进行业务指导。", None, "training"),
    ("赴先进地区学习交流招商引资经验。", None, "training"),
    ("赴先进地区学习交流政务公开经验。", "training", None),
    ("加强防灾减灾能力建设。", None, "training"),
    ("信息公开队伍能力建设仍需加强。", "training", None),
    # training: the propaganda department, promotional films, other campaigns in quotes
    ("县委宣传部负责新闻发布会的组织工作。", None, "training"),
    ("制作旅游宣传片在各大平台播放。", None, "training"),
    ("开展“全国节能宣传周”活动。", None, "training"),
    ("开展“政务公开日”宣传活动。", "training", None),
    ("开展政务公开“进园区”宣传活动。", "training", None),
    # training: disclosure in a training course
    ("将《条例》列入新任干部培训课程。", "training", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_round8_rule(text: str, present: str | None, absent: str | None) -> None:
    check_genre_rule(text, present, absent)
