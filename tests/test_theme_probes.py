"""Themes with precision (SCHEMA.md §6 coding rules) and the hand-labelled probe sets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from textmine.themes import THEME_IDS, tag_text

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a channel of published counts is proactive, not a channel theme
        ("本年度通过政务微博发布信息320条，通过微信公众号推送信息515条。", "proactive", "platform_media"),
        ("依托省政府信息公开平台，全年公开政策文件、通知公告等信息2310条。", None, "platform_web"),
        ("在本机关网站“政府信息公开”栏目发布工作动态412条。", None, "platform_web"),
        # a hotline's call volume is interpretation, not supervision
        ("12345热线全年受理群众来电咨询3.2万件次，办结率99.6%。", "interpretation", "supervision"),
        ("设立监督电话和意见箱，接受群众对窗口服务的投诉。", None, "supervision"),
        # a passing leader is not leadership
        ("召开新闻发布会9场，主要负责同志出席发布会3次。", "interpretation", "leadership"),
        ("组织业务骨干参加省政务公开办举办的业务培训。", "training", "leadership"),
        # regulatory inspections are not assessment of disclosure work
        ("加强食品生产企业监督检查，全年检查企业1200家次。", None, "supervision"),
        ("通过“双随机一公开”抽查市场主体860户，结果全部向社会公示。", "power_oversight", "supervision"),
        # service halls as reading points; a portal as the channel of approvals
        ("在政务服务大厅设立政府信息公开查阅点，配备电脑和查询设备。", "platform_media", "services"),
        ("主动公开环境影响评价审批结果和建设项目环境监测信息。", "key_areas", "services"),
        ("主动公开环境影响评价审批结果和建设项目环境监测信息。", "key_areas", "proactive"),
        # what requests were about is requests, not key areas
        ("申请主要涉及征地补偿、房屋征收和项目审批等内容。", "requests", "key_areas"),
        # an enumeration of units is not grassroots disclosure
        ("对全区各级政府、各乡镇、各有关单位的信息公开工作经办人员进行培训。", "training", "grassroots"),
    ],
)
def test_precision_rules(text: str, present: str | None, absent: str) -> None:
    tags = tag_text(text)
    assert absent not in tags
    if present:
        assert present in tags


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("完成门户网站集约化迁移，网站整体并入省级政府网站集约化平台。", "platform_web"),
        ("在门户网站开设“政策解读”栏目，全年发布解读信息42条。", "platform_web"),
        ("加强政务新媒体管理，关停整合长期不更新的微信公众号3个。", "platform_media"),
        ("各处室明确一名信息员，负责本处室信息的报送工作。", "leadership"),
        ("将政务公开工作纳入年度绩效考核，分值占比5%。", "supervision"),
        ("局长信箱共收到群众来信426件，全部按期办结答复。", "interpretation"),
        ("修订完善政府信息主动公开基本目录，新增目录事项24项。", "proactive"),
        ("修订完善政府信息主动公开基本目录，新增目录事项24项。", "institutions"),
        ("在基层便民服务站点设立政府信息查阅点12个。", "grassroots"),
        ("开展政务公开“进社区”活动，现场解答居民政策咨询120余人次。", "grassroots"),
        ("将《条例》纳入厅党组理论学习中心组学习内容。", "training"),
    ],
)
def test_subjects_keep_their_theme(text: str, theme: str) -> None:
    assert theme in tag_text(text)


@pytest.fixture(scope="module")
def evaluation():  # noqa: ANN201
    sys.path.insert(0, str(BENCH))
    import themes_eval

    yield themes_eval
    sys.path.remove(str(BENCH))


@pytest.mark.parametrize(
    ("name", "floor", "size"),
    [
        ("theme_probes.yaml", 0.9, 150),
        ("theme_probes_heldout.yaml", 0.8, 80),
        ("theme_probes_heldout2.yaml", 0.9, 150),
        ("theme_probes_heldout3.yaml", 0.9, 60),
        ("theme_probes_heldout4.yaml", 0.8, 60),
        ("theme_probes_heldout5.yaml", 0.8, 50),
        ("theme_probes_heldout6.yaml", 0.8, 150),
        ("theme_probes_heldout7.yaml", 0.8, 80),
        ("theme_probes_heldout8.yaml", 0.9, 120),
        ("theme_probes_heldout9.yaml", 0.9, 180),
        ("theme_probes_heldout10.yaml", 0.9, 90),
        ("theme_probes_heldout11.yaml", 0.8, 85),
        ("theme_probes_heldout12.yaml", 0.9, 170),
        ("theme_probes_heldout13.yaml", 0.8, 90),
        ("theme_probes_heldout14.yaml", 0.8, 150),
        ("theme_probes_heldout15.yaml", 0.8, 80),
        ("theme_probes_heldout16.yaml", 0.8, 130),
        ("theme_probes_heldout17.yaml", 0.9, 140),
        ("theme_probes_heldout18.yaml", 0.8, 140),
        ("theme_probes_heldout19.yaml", 0.9, 160),
        ("theme_probes_heldout20.yaml", 0.8, 160),
        ("theme_probes_heldout21.yaml", 0.9, 70),
        ("theme_probes_heldout22.yaml", 0.8, 65),
        ("theme_probes_heldout23.yaml", 0.9, 150),
        ("theme_probes_heldout24.yaml", 0.9, 100),
        ("theme_probes_heldout25.yaml", 0.9, 170),
        ("theme_probes_heldout26.yaml", 0.9, 180),
        ("theme_probes_heldout27.yaml", 0.9, 75),
        ("theme_probes_heldout28.yaml", 0.85, 52),
        ("theme_probes_heldout29.yaml", 0.95, 210),
        ("theme_probes_heldout30.yaml", 0.9, 74),
        ("theme_probes_heldout31.yaml", 0.95, 140),
        ("theme_probes_heldout32.yaml", 0.95, 83),
        ("theme_probes_heldout33.yaml", 0.85, 70),
        ("theme_probes_heldout34.yaml", 0.95, 130),
        ("theme_probes_heldout35.yaml", 0.9, 100),
        ("theme_probes_heldout36.yaml", 0.75, 60),
        ("theme_probes_heldout37.yaml", 0.95, 120),
        ("theme_probes_heldout38.yaml", 0.75, 45),
        ("theme_probes_heldout39.yaml", 0.95, 150),
        ("theme_probes_heldout40.yaml", 0.95, 90),
        ("theme_probes_heldout41.yaml", 0.95, 160),
        ("theme_probes_heldout42.yaml", 0.95, 80),
        ("theme_probes_heldout43.yaml", 0.8, 100),
    ],
)
def test_lexicon_precision_and_recall_on_probe_sets(evaluation, name: str, floor: float, size: int) -> None:  # noqa: ANN001
    probes = evaluation.load_probes(evaluation.PROBES.with_name(name))
    assert len(probes) >= size
    assert all(set(themes) <= set(THEME_IDS) for _, themes in probes)
    res = evaluation.score([g for _, g in probes], [tag_text(t) for t, _ in probes], THEME_IDS)
    precision, recall, _ = res["micro"]
    assert precision >= floor and recall >= floor
