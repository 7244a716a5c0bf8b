"""Empty and hostile text given to the readers added in the fourth session's rounds: each gives
nothing (or its documented empty answer) and never raises."""

from __future__ import annotations

import pytest

from textmine.checks.counts import _none_received
from textmine.checks.scope import clause_start
from textmine.ingest.chrome import front_matter
from textmine.meta import _byline, signed_name
from textmine.tables.labels import match_rows
from textmine.tables.registry import get_template
from textmine.tables.step1_regions import free_rows
from textmine.tables.step2_grids import unspill
from textmine.tables.step2_tokens import shaped_value_lines, single_value_lines, stripped_lines
from textmine.tables.step3_readings import header_order

HOSTILE = ["", "\n\n", "其中", "：5件；其中", "---\n一、总体情况\n", "\x00\ufeff", "统计表\n"]


@pytest.mark.parametrize("text", HOSTILE)
def test_new_readers_give_nothing_on_hostile_text(text: str) -> None:
    requests = {t.key: t for t in get_template("gov2021").tables}["requests"]
    stats = get_template("gov2014").table("stats")
    assert front_matter(text) == (0, {})
    assert signed_name(text) is None
    assert _byline(text) is None
    assert header_order(text, requests) is None
    assert free_rows(text) == set()
    assert match_rows(text, stats, 0, len(text), free=True) == []
    assert _none_received(text, {"pattern": "未收到政府信息公开申请"}) == []
    assert shaped_value_lines(text, 0, len(text), [3, 3]) is None
    assert unspill([[text, ""]])[1] == {}
    assert [raw for raw, _ in stripped_lines(text, 0, len(text))] == [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert 0 <= clause_start(text, len(text)) <= len(text)


def test_single_value_lines_on_empty_and_prose() -> None:
    assert single_value_lines("", 0, 0) == []
    assert single_value_lines("收到申请5件\n", 0, 7) is None  # a label with a number: no table of single values


# ---------------------------------------------------------------- the fifth session's readers

FIFTH = [*HOSTILE, "1 2", "\t\t\t", "| |", "总计\t总计", "（）\n2024年1月24日", "Ⅰ ", "ー、", "2O2", "吿"]


@pytest.mark.parametrize("text", FIFTH)
def test_fifth_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.counts import count_words
    from textmine.meta import _group_government, _survey_team_places, find_issuer
    from textmine.normalize import normalize
    from textmine.sections import find_sections
    from textmine.tables.cells import joined_digits
    from textmine.tables.step2_tokens import _first_cell_digit, _turned_table
    from textmine.tables.step3_readings import header_narrow, header_totals_only

    requests = get_template("gov2021").table("requests")
    appeals = get_template("gov2021").table("appeals")
    assert _turned_table(text, requests, 0, len(text)) == []  # no head line naming five rows
    assert header_totals_only(text, appeals) is None  # no row label printed
    narrow = header_narrow(text, requests)  # 总计 alone names the total column: ['total']
    assert narrow is None or set(narrow) <= {c.key for c in requests.columns}
    got = joined_digits(text)
    assert got is None or got[0] == "".join(ch for ch in text if ch.isdigit())
    m = _first_cell_digit(text)
    assert m is None or text[m.start()].isdigit()
    assert _group_government(text) == text
    assert _survey_team_places(text) == {}
    assert find_issuer(text) is None or isinstance(find_issuer(text), str)
    assert count_words(text) == text  # no count at its end
    out, offsets = normalize(text)
    assert len(offsets) == len(out)
    assert isinstance(find_sections(out), list)


# ---------------------------------------------------------------- the sixth session's readers

SIXTH = [*FIFTH, "附件：", "1.\n2.", "— 3 —\n", "第二、", "减\t", "O", "-\t-\t-", "件 0\n— 3 —",
         "上年度收到申请件", "现将", "为此，", "1 258", "8.5万", "得分分", "（）", "表4\t"]


@pytest.mark.parametrize("text", SIXTH)
def test_sixth_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.percent import check_percent
    from textmine.facts import facts_in
    from textmine.ingest.layout import running_head_drops
    from textmine.meta import _in_order, long_form, placed_form
    from textmine.numbers import find_numbers
    from textmine.sections import (
        _annex_list_only,
        _arabic_parts,
        _known_goes_on,
        _paren_parts,
        without_furniture,
    )
    from textmine.tables.step1_regions import turned_free_rows
    from textmine.tables.step2_tokens import _separated, _space_parts, _tab_parts, _unsplit_change
    from textmine.tables.step5_placing import _column_value_lines, _placeholder_or_value_lines
    from textmine.tables.turned import turned_one_column

    requests = get_template("gov2021").table("requests")
    free = get_template("gov2014").tables[0]
    appeals = get_template("gov2021").table("appeals")
    # sections: a page's furniture only ever removed, no annex list, no run-in, nothing to promote
    assert len(without_furniture(text)) <= len(text)
    assert _annex_list_only(text) is False
    assert 0 <= _known_goes_on(text, 0) <= len(text)
    assert _arabic_parts([]) == [] and _paren_parts([]) == []
    # tables: no turned table, no parts of a table 四 row, no column lines, no split change
    assert turned_one_column(text, free, 0, len(text)) == []
    assert turned_free_rows(text) == set()
    assert _tab_parts(text, 0, len(text), []) == [] and _space_parts(text, 0, len(text), [], "") == []
    assert _column_value_lines(text, 0, len(text), requests, [r for r in requests.rows if not r.optional]) is None
    assert all(len(line) >= 2 for line in _placeholder_or_value_lines(text, 0, len(text)))
    assert all(t.end <= len(text) for t in _separated(text, 0, len(text), "\t", whole=True))
    assert _unsplit_change([], appeals.columns) == []
    # meta: a name is no long or placed form of itself
    assert long_form(text, text) is False and placed_form(text, text) is False and _in_order("", text)
    # numbers, facts, checks and ingest: spans inside the text, no finding without facts
    assert all(0 <= n.start <= n.end <= len(text) for n in find_numbers(text))
    assert all(0 <= f.start <= f.end <= len(text) for f in facts_in(text))
    assert check_percent([], text) == []
    assert all(0 <= a <= b <= len(text) for a, b in running_head_drops(text))


# ---------------------------------------------------------------- the seventh session's readers

SEVENTH = [*SIXTH, "40%—", "40%—%", "九成", "九成五", "两个100%", "办结率%", "第一部分\n第二部分", "|:-:|",
           ":-: | :-:", "上年同期\t\t", "去年\n\t上年同期", "本年制发件数\n", "http://www..gov.cn/", "和平区",
           "（六）其他处理3.", "2025年，将", "组织领导和机构建设："]


@pytest.mark.parametrize("text", SEVENTH)
def test_seventh_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.percent import check_percent
    from textmine.facts import facts_in
    from textmine.ingest.pipe import find_pipe_tables
    from textmine.items import _unheaded_plan_turn
    from textmine.meta import _named_parent, _site_full_name, _url_site
    from textmine.numbers import find_numbers
    from textmine.sections import _chapter_parts, find_sections
    from textmine.tables.labels import side_by_side_halves
    from textmine.tables.registry import column_key
    from textmine.tables.step2_tokens import last_year_tab_columns

    requests = get_template("gov2021").table("requests")
    # ingest: a pipe table only where a header stands over a separator row of as many cells
    assert all(0 <= t.start <= t.end <= len(text) for t in find_pipe_tables(text))
    # tables: a head names a column of the table or none, a row of it or none
    assert column_key(requests, text) in {None, *(c.key for c in requests.columns)}
    row = requests.row_of_head(text)
    assert row is None or 0 <= row < len(requests.rows)
    assert last_year_tab_columns(text, requests, 0, len(text)) <= set(range(text.count("\t") + 1))
    halves = side_by_side_halves(text, 0, len(text))
    assert halves is None or all(len(h) == len(text) for h in halves)
    # meta: no url of a listed portal, no fuller name from a site that is not the body's, no parent named
    assert _url_site(text) is None
    assert _site_full_name("某县人民政府", {"网站": text}) == "某县人民政府"
    assert _named_parent(text, "和平区") is None
    # sections and items: nothing to nest, a plan only inside the text
    assert _chapter_parts([], text) == []
    assert isinstance(find_sections(text), list)
    assert all(0 <= a <= b <= len(text) for a, b, _, _ in _unheaded_plan_turn(text, [], []))
    # numbers, facts and the percent check: spans inside the text, no finding out of nothing
    assert all(0 <= n.start <= n.end <= len(text) for n in find_numbers(text))
    facts = facts_in(text)
    assert all(0 <= f.start <= f.end <= len(text) for f in facts)
    assert check_percent(facts, text) == []


# ---------------------------------------------------------------- the eighth session's readers

EIGHTH = [*HOSTILE, "？", "?\n", "（", "48（件", "（件）", "5，12（件）", "0（万元）", "一", "十二五", "三、", "【发布时间：】",
          "【】", "- [](#)", "[一、](", "   ", " 1   2 ", "结果\t行政复议", "结果 行政复议 行政诉讼\n总计", "未发生",
          "未发生行政复议", "二OO九年三月十五口", "附件\n", "全县", "办理完毕件"]


@pytest.mark.parametrize("text", EIGHTH)
def test_eighth_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.counts import _none_appealed
    from textmine.facts import facts_in
    from textmine.items import _names_problems
    from textmine.meta import _bare_title, find_issuer
    from textmine.numbers import list_quantities
    from textmine.sections import _question_ends_line, _toc_line, find_sections
    from textmine.tables.cells import chinese_count, read_cell
    from textmine.tables.labels import RowPatterns
    from textmine.tables.step2_tokens import _space_tokens, single_space_blanks, with_space_blanks
    from textmine.tables.turned import single_turned, turned_single_row

    appeals = get_template("gov2021").table("appeals")
    keys = [(r.key, c.key) for r in appeals.rows for c in appeals.row_columns(r)]
    # tables: table 四 turned only where a head names its rows and every named row comes out whole
    assert turned_single_row(text, appeals, 0, len(text)) == []
    rows = [line.split("\t") for line in text.split("\n")]
    assert single_turned(rows, appeals, keys, cell=lambda r, c: None) == []
    blanks = single_space_blanks(text, 0, len(text))
    assert blanks is False or " " in text
    tokens = _space_tokens(text, 0, len(text))
    assert all(0 <= t.start <= t.end <= len(text) for t in with_space_blanks(text, 0, tokens, line_start=True))
    count = chinese_count(text)
    assert count is None or (count >= 0 and read_cell(text) == (count, "number", None))
    finder = RowPatterns(text, 0, len(text)).pattern("行政复议")
    assert all(0 <= m.start() <= m.end() <= len(text) for m in finder.finditer(text, 0, len(text)))
    # numbers and facts: spans inside the text; a unit in brackets only after a number
    assert all(0 <= n.start <= n.end <= len(text) for n in list_quantities(text))
    assert all(0 <= f.start <= f.end <= len(text) for f in facts_in(text))
    # checks: a 0 only where a kind of case is named after the negation
    spec = {"head": "(?:未|无)(?:发生|被提起)?", "kinds": {"行政复议": "review", "行政诉讼": "suits"}}
    assert [(f.indicator, f.value) for f in _none_appealed(text, spec)] in ([], [("review", 0)])
    assert _none_appealed(text, {}) == []
    # sections and items: no heading out of nothing; a question closes a line only at its ？
    assert isinstance(find_sections(text), list)
    assert _question_ends_line(text, 0) == (text[:1] in "？?" and text[1:2] in ("", "\n") and text != "")
    assert len(_toc_line(text)) <= len(text)
    assert _names_problems(text) is False
    # meta: a bare title keeps no page field; no body out of a bare 全县 or clutter
    assert len(_bare_title(text)) <= len(text)
    assert find_issuer(text) is None or find_issuer(text).strip()


# ---------------------------------------------------------------- the ninth session's readers

NINTH = [*EIGHTH, "O", "o", "l", "I I", "l O", "2O", "o o o o o", "予以公开 O o O o O o", "1, ", ", 530", "1,\n530",
         "3.", "3.1", "3.1 ", "0.0", "——", "—————5", "\f", "3\f", "名单一", "单一", "社区", "村", "居委会",
         "开发区管理委员会", "www..gov.cn", "http://www.gov.cn/", "公司", "2024年发布", "：，共计件"]


@pytest.mark.parametrize("text", NINTH)
def test_ninth_session_readers_never_raise_on_hostile_text(text: str) -> None:
    from textmine.checks.counts import _listed_total
    from textmine.checks.scope import sentence_start
    from textmine.divisions import portal_county, short_form_county
    from textmine.meta import (
        _company_city,
        _report_year_in_title,
        _url_site,
        parse_places,
        zone_county,
    )
    from textmine.tables.cells import joined_digits, ocr_count
    from textmine.tables.labels import outline_prefix
    from textmine.tables.ocr import ocr_rows
    from textmine.tables.records import Token
    from textmine.tables.step2_tokens import glued_dash_cells, turned_without_corner

    requests = get_template("gov2021").table("requests")
    # tables: OCR letters read only inside rows, the text's length kept; no count out of a lone letter but l
    out = ocr_rows(text)
    assert len(out) == len(text) and (out == text or any(ch in text for ch in "OoIl"))
    got = ocr_count(text.strip())
    assert got is None or (got >= 0 and text.strip() != "")
    joined = joined_digits(text)
    assert joined is None or joined[0].isdigit()
    assert 0 <= outline_prefix(text, len(text)) <= len(text)
    assert turned_without_corner(text, requests, 0, len(text)) == []
    tokens = [Token(piece, 0, len(piece), "value") for piece in text.split()]
    assert len(glued_dash_cells(tokens, 15)) in (len(tokens), 15)
    # checks: a sentence starts inside the text; no total out of a list that is not there
    assert 0 <= sentence_start(text, len(text)) <= len(text)
    spec = {"receipt": ["收到"], "objects": ["申请"], "verbs": ["办结"], "indicator": "total_processed"}
    assert _listed_total(_fact(text), [], text, spec, {"marks": ["："]}, "gov2021") is None
    # meta: no place, zone, company city, county host or report year out of clutter
    assert isinstance(parse_places(text), dict)
    assert zone_county(text) is None
    assert _company_city(text) is None
    assert portal_county(text) is None and short_form_county(text) is None
    assert _url_site(text) is None
    assert _report_year_in_title(text) is None or _report_year_in_title(text).group().isdigit()


def _fact(text: str):
    from textmine.model import Fact

    return Fact(0, 1, 0, "件", "total", None, None, text, 0, len(text))
