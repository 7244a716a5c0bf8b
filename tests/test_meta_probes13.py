"""Rules found with the thirteenth probe set (tests/cases/probes13: western provinces' bodies, seals,
bylines, portal chrome outside the article, thematic headings). Each rule has cases that must match
and cases that must not.

- a signature whose name carries the word for its seal (（盖章）, （公章）, an office's （代章）) signs;
- a body named alone on the line under a title that names none is the report's byline;
- a portal page's info line (发布时间：…) and its disclosure-metadata table (索引号 … 发布机构) count
  wherever they stand, also outside the article's container;
- a heading that fills its line is one title when it is a statistics table's caption (a year inside
  it starts no sentence) or two parallel phrases (规范程序，认真办理依申请公开);
- 复议和诉讼情况 is the appeals part, 工作中存在的困难和问题 the problems part;
- 展望2024年，… / 展望新的一年，… turn to plans;
- an 附件 line followed only by the signature block lists an attachment, it is no section.
"""

from __future__ import annotations

import pytest

from textmine.ingest import read_document
from textmine.ingest.chrome import front_matter
from textmine.ingest.html import render_html
from textmine.items import RE_PLAN_TURN
from textmine.meta import _byline, _places_of, body_issuers, extract_meta, signed_name
from textmine.model import Document
from textmine.sections import classify_title, find_sections

BODY = ("一、总体情况\n{year}年，{we}认真贯彻落实《条例》，推进政务公开。\n二、主动公开政府信息情况\n"
        "{year}年，{we}主动公开政府信息120条。\n")


def _meta(text: str):  # noqa: ANN202
    doc = Document(text=text, raw_text=text, offsets=[], sha256="", header={})
    return extract_meta(doc, find_sections(text))


def _meta_of(doc: Document):  # noqa: ANN202
    return extract_meta(doc, find_sections(doc.text))


# ---------------------------------------------------------------- seal words in the signature


@pytest.mark.parametrize("seal", ["（盖章）", "（公章）", "(印章)", "（签章）"])
def test_a_signature_with_its_seal_word_signs(seal: str) -> None:
    m = _meta(BODY.format(year=2023, we="县政府") + f"格尔木市人民政府{seal}\n二〇二四年一月十九日\n")
    assert (m.issuer, m.admin_level, m.county) == ("格尔木市人民政府", "county", "格尔木市")


def test_an_office_sealing_for_its_government_signs_for_the_government() -> None:
    m = _meta(BODY.format(year=2021, we="县政府") + "夏河县人民政府办公室（代章）\n2022年1月24日\n")
    assert (m.issuer, m.city) == ("夏河县人民政府", "甘南藏族自治州")


def test_a_sealed_name_without_a_date_after_it_is_no_signature() -> None:
    text = BODY.format(year=2023, we="县政府") + "请将材料报送格尔木市人民政府（盖章）后存档。\n"
    assert "格尔木市人民政府" not in body_issuers(text)


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(("head", "name"), [
    ("政府信息公开工作年度报告（2023年度）\n察哈尔右翼前旗人民政府\n2024年1月18日\n", "察哈尔右翼前旗人民政府"),
    ("二〇二二年政府信息公开工作年度报告\n昌都市卡若区人民政府\n二〇二三年一月二十日\n", "昌都市卡若区人民政府"),
    ("2023年政府信息公开工作年度报告\n喀什地区行政公署（盖章）\n", "喀什地区行政公署"),
    ("2023年政府信息公开工作年度报告\n喀什地区行政公署（签章）\n", "喀什地区行政公署"),  # the seal words of a signature
])
def test_the_name_under_a_generic_title_is_the_byline(head: str, name: str) -> None:
    assert _byline(head + BODY.format(year=2023, we="我区")) == name
    assert _meta(head + BODY.format(year=2023, we="我区")).issuer == name


@pytest.mark.parametrize("head", [
    "察哈尔右翼前旗人民政府\n一、总体情况\n",                    # no title above the name
    "政府信息公开工作年度报告\n一、总体情况\n察哈尔右翼前旗人民政府\n",  # the name is not under the title
    "政府信息公开工作年度报告\n旗政府坚持以人民为中心。\n",            # a sentence, not a name alone
    "政府信息公开工作年度报告\n喀什地区行政公署（试行）\n",             # brackets that are no seal word
])
def test_no_byline_without_a_name_alone_under_the_title(head: str) -> None:
    assert _byline(head) is None


# ---------------------------------------------------------------- portal chrome outside the article

ARTICLE = "<div class=\"article\">" + "".join(f"<p>{p}</p>" for p in BODY.format(year=2023, we="旗政府").split("\n") if p) + "</div>"


@pytest.mark.parametrize("copies", [1, 6])  # a short article (the whole page is read) and a long one (its container)
def test_the_info_line_after_the_article_dates_the_page(copies: int) -> None:
    article = ARTICLE.replace("</div>", "".join(f"<p>{p}</p>" for p in BODY.format(year=2023, we="旗政府").split("\n") if p) * copies
                              + "</div>")
    markup = (f"<html><body><h1>某旗2023年政府信息公开工作年度报告</h1>{article}"
              "<div class=\"info\">来源：旗政府办公室　发布时间：2024-01-22　浏览次数：436</div></body></html>")
    doc = read_document(markup.encode("utf-8"), name="p.html")
    assert _meta_of(doc).published == "2024-01-22"
    assert "发布时间" not in doc.text


def test_an_unlabelled_date_outside_the_article_is_no_publication_date() -> None:
    page = render_html(f"<html><body><h1>某旗2023年政府信息公开工作年度报告</h1>{ARTICLE}"
                       "<div class=\"foot\">更新于 2024-01-22　网站标识码 1500000012</div></body></html>")
    assert "发布时间" not in page.header and "发布日期" not in page.header


def test_the_metadata_table_above_the_article_names_the_publisher() -> None:
    page = render_html("<html><body><table><tr><td>索引号：</td><td>0612-2023-0004</td><td>信息分类：</td><td>年度报告</td></tr>"
                       "<tr><td>发布机构：</td><td>昌吉回族自治州生态环境局</td><td>发布日期：</td><td>2023-01-18</td></tr></table>"
                       f"<h2>2022年政府信息公开工作年度报告</h2>{ARTICLE}</body></html>")
    assert (page.header.get("发布机构"), page.header.get("发布日期")) == ("昌吉回族自治州生态环境局", "2023-01-18")


def test_a_data_table_outside_the_article_gives_no_header_fields() -> None:
    page = render_html("<html><body><table><tr><td>规章</td><td>0</td></tr><tr><td>行政许可</td><td>12</td></tr></table>"
                       f"{ARTICLE}</body></html>")
    assert not {"发布机构", "发布日期", "规章"} & set(page.header)


# ---------------------------------------------------------------- whole-line headings


def _level1(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.kind) for s in find_sections(text) if s.level == 1]


def test_a_caption_naming_the_year_is_one_title() -> None:
    text = ("一、概述\n2015年，县政府推进公开。\n二、其他需要报告的事项\n无。\n"
            "三、伊宁县人民政府2015年政府信息公开情况统计表\n指标\t数量\n主动公开信息数\t12\n")
    assert _level1(text)[-1] == ("伊宁县人民政府2015年政府信息公开情况统计表", "statistics")


def test_two_parallel_phrases_on_their_own_line_are_one_title() -> None:
    text = ("一、加强领导，健全机制\n2011年，行署成立了领导小组。\n二、突出重点，扎实做好主动公开\n全年主动公开信息864条。\n"
            "三、规范程序，认真办理依申请公开\n全年受理申请3件。\n")
    assert _level1(text)[2] == ("规范程序，认真办理依申请公开", "requests")


def test_a_heading_running_into_its_sentence_is_still_cut() -> None:
    text = ("一、概述\n2011年，行署推进公开。\n二、依申请公开情况，认真办理群众申请3件。\n三、存在的问题\n公开不够及时。\n")
    assert _level1(text)[1][0] == "依申请公开情况"


# ---------------------------------------------------------------- heading words


@pytest.mark.parametrize(("title", "kind"), [("复议和诉讼情况", "appeals"), ("复议及诉讼情况", "appeals"),
                                             ("工作中存在的困难和问题", "problems"), ("存在的主要困难", "problems")])
def test_old_heading_wordings(title: str, kind: str) -> None:
    assert classify_title(title) == kind


@pytest.mark.parametrize("title", ["困难群众救助信息公开", "诉讼服务信息公开"])
def test_words_about_other_things_are_not_those_parts(title: str) -> None:
    assert classify_title(title) not in ("problems", "appeals")


# ---------------------------------------------------------------- 展望 turns to plans


@pytest.mark.parametrize("sentence", ["展望2024年，我市将持续推进基层政务公开。", "展望新的一年，区政府将提升公开质量。"])
def test_zhanwang_turns_to_plans(sentence: str) -> None:
    m = RE_PLAN_TURN.search(sentence)
    assert m is not None and m.start() == 0


@pytest.mark.parametrize("sentence", ["展望台景区信息已全部公开。", "本年度公开了《展望》杂志的订阅信息。"])
def test_zhanwang_alone_is_no_plan(sentence: str) -> None:
    assert RE_PLAN_TURN.search(sentence) is None


# ---------------------------------------------------------------- an 附件 line before the signature

PARTS = "一、总体情况\n2022年，我区推进公开。\n二、其他需要报告的事项\n本年度未收取信息处理费。特此报告。\n"


def test_an_annex_line_before_the_signature_is_no_section() -> None:
    text = PARTS + "附件：政府信息公开工作年度报告统计表\n乌兰察布市集宁区人民政府\n2023年1月30日\n"
    assert [k for _, k in _level1(text)] == ["overview", "other"]


def test_an_annex_caption_with_its_table_stays_a_section() -> None:
    text = PARTS + "附件：政府信息公开工作年度报告统计表\n指标\t数量\n主动公开信息数\t12\n乌兰察布市集宁区人民政府\n2023年1月30日\n"
    assert [k for _, k in _level1(text)] == ["overview", "other", "statistics"]


# ================================================================ batch B

def test_yaml_front_matter_is_the_header_not_the_text() -> None:
    doc = read_document(("---\ntitle: 莫力达瓦达斡尔族自治旗人民政府2022年政府信息公开工作年度报告\ndate: 2023-01-19\n---\n\n"
                         + BODY.format(year=2022, we="旗政府")).encode("utf-8"), name="r.md")
    assert doc.header["标题"].startswith("莫力达瓦") and doc.header["发布时间"] == "2023-01-19"
    assert doc.text.startswith("一、总体情况")


@pytest.mark.parametrize("text", [
    "---\n一、总体情况\n---\n",                 # rules around text, not key: value lines
    "一、总体情况\n---\ntitle: x\n---\n",        # not at the very start
    "---\ntitle: 某报告\n一、总体情况\n",          # never closed
])
def test_no_front_matter_without_its_block(text: str) -> None:
    assert front_matter(text) == (0, {})


def test_the_government_website_meta_tags_give_title_and_date() -> None:
    page = render_html("<html><head><title>某县人民政府</title>"
                       "<meta name=\"ArticleTitle\" content=\"察布查尔锡伯自治县人民政府2023年政府信息公开工作年度报告\">"
                       "<meta name=\"PubDate\" content=\"2024-01-25 10:30\"></head><body>" + ARTICLE + "</body></html>")
    assert page.header["网页标题"].startswith("察布查尔") and page.header["发布时间"] == "2024-01-25 10:30"


def test_a_title_line_of_the_text_outranks_the_article_title_tag() -> None:
    markup = ("<html><head><meta name=\"ArticleTitle\" content=\"2023年年报\"></head><body><div class=\"article\">"
              "<p>某某县人民政府2023年政府信息公开工作年度报告</p>" + ARTICLE[len("<div class=\"article\">"):] + "</body></html>")
    doc = read_document(markup.encode("utf-8"), name="p.html")
    assert _meta_of(doc).issuer == "某某县人民政府"


def test_other_meta_tags_give_no_header_fields() -> None:
    page = render_html("<html><head><meta name=\"keywords\" content=\"年报\"><meta name=\"description\" content=\"2024-01-25\">"
                       "</head><body>" + ARTICLE + "</body></html>")
    assert not {"标题", "网页标题", "发布时间", "来源"} & set(page.header)


def test_a_corps_signature_set_over_two_lines_signs() -> None:
    m = _meta(BODY.format(year=2023, we="师市") + "新疆生产建设兵团第七师\n胡杨河市\n2024年1月24日\n")
    assert (m.issuer, m.admin_level, m.city) == ("新疆生产建设兵团第七师胡杨河市", "city", "新疆生产建设兵团第七师")


def test_a_government_name_set_over_two_lines_signs() -> None:
    m = _meta(BODY.format(year=2023, we="县政府") + "循化撒拉族自治县\n人民政府\n2024年1月24日\n")
    assert m.issuer == "循化撒拉族自治县人民政府"


@pytest.mark.parametrize("tail", ["本年度无其他事项。\n联系电话：0971-1234567\n", "特此报告。\n2024年1月24日\n"])
def test_no_signed_name_without_a_name_above_the_date(tail: str) -> None:
    assert signed_name(tail) is None


def test_a_zone_its_province_runs_is_in_that_province() -> None:
    assert _places_of("洋浦经济开发区管理委员会", "", "city")[:2] == ("海南省", None)
    assert _places_of("兰州新区管理委员会", "", "city")[:2] == ("甘肃省", "兰州市")


def test_a_name_that_only_starts_like_a_zone_word_is_no_zone() -> None:
    assert _places_of("洋浦港务局", "", "department") == (None, None, None)
