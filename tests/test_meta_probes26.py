"""Rules found with the twenty-sixth probe set (tests/cases/probes26: issuer, level and places on unseen
reports of provincial departments named in short forms, county bureaus whose titles omit the county, districts
whose names other cities share, 城关镇/南城街道, vertical bodies in a county, two-plaque names, 《》 and 【发布时间】
crawl titles with timestamp dates). Each rule has cases that must match and cases that must not.

Found with batch A:

- a page's field in 【】 (``【发布时间：2023-01-18】``, ``【来源：某县人民政府】``: a key, a colon, a value) at either end of a
  crawled title is the page's chrome: it is no part of the title, so the issuer the title names is read without it.
"""

from __future__ import annotations

import pytest

from textmine.meta import _bare_title, extract_meta
from textmine.model import Document


@pytest.mark.parametrize(("line", "want"), [
    ("【发布时间：2023-01-18】灌云县2022年政府信息公开工作年度报告", "灌云县2022年政府信息公开工作年度报告"),
    ("【发布时间:2023-01-18 16:02】灌云县2022年政府信息公开工作年度报告", "灌云县2022年政府信息公开工作年度报告"),
    ("省交通运输厅2023年政府信息公开工作年度报告【发布时间：2024-01-22】", "省交通运输厅2023年政府信息公开工作年度报告"),
    ("【来源：灌云县人民政府】灌云县2022年政府信息公开工作年度报告", "灌云县2022年政府信息公开工作年度报告"),
])
def test_a_page_field_in_brackets_is_no_part_of_the_title(line: str, want: str) -> None:
    assert _bare_title(line) == want


@pytest.mark.parametrize("line", [
    "灌云县（含开发区：2个镇）2022年政府信息公开工作年度报告",  # a colon in round brackets is the title's own
    "灌云县2022年政府信息公开工作年度报告【专栏】",  # a bracket without a key: value field at the end stays
    "灌云县2022年政府信息公开工作年度报告【发布时间：2023-01-18】附件",  # a field inside the title is not at an end
])
def test_other_brackets_stay_in_the_title(line: str) -> None:
    assert _bare_title(line) == line


def test_a_crawl_title_opening_with_a_field_names_its_county() -> None:
    doc = Document(text="一、总体情况\n2022年，县政府推进政务公开。\n", raw_text="", offsets=[], sha256="0" * 64,
                   header={"标题": "【发布时间：2023-01-18】灌云县2022年政府信息公开工作年度报告"})
    meta = extract_meta(doc, [])
    assert (meta.issuer, meta.province, meta.city, meta.county) == ("灌云县人民政府", "江苏省", "连云港市", "灌云县")
