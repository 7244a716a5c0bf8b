"""Write the held-out table probes of ``tests/cases/table_probes20`` (run once; the files are kept).

Written and labelled before textmine read them (issue 10 item 2), in shapes table_probes3..19 do not hold:

* ``ocr_cells``: OCR'd cells in HTML, TAB rows and the Word template: ``O``/``o`` for 0, ``l``/``I`` for 1, a
  stray space inside a count;
* ``turned_no_corner``: table 三 turned (a line per applicant kind) under a head with no corner cell (the head
  row names only the items, one fewer cell than the rows below it);
* ``glued_dashes``: cells with no count printed ``—`` and glued to their neighbours (``4———4``), or ``—/—``;
* ``digit_runs``: the 2021 table 三 with a row's counts run together into one digit run (as a PDF's text layer
  gives narrow cells), 总计 filled: only the row's identity (the kinds add up to 总计) splits it;
* ``crlf``: a cell per line with CR/LF line ends, an empty cell an empty line;
* ``own_numbering``: table 三's rows numbered by the province's own scheme (``3.1``, ``3.3.2``), or with a
  serial-number column (序号 1..25) before the labels;
* ``signed_change``: the 2019 table 二 with 本年增/减 signed (``+4``, ``-12``, ``＋``/``－``) beside 上一年项目数量;
* ``nonzero_rows``: table 三 listing only the rows with a count other than zero;
* ``sum_row``: a 合计 row the template lacks (table 二's 规章 + 规范性文件; table 四 turned, a row per kind);
* ``two_years``: table 四 with two rows of counts, this year's and last year's (本年度 | 上年度, or the years);
* ``printed_twice``: the tables printed twice, once as OCR of the image (letters for digits) and once as text;
* ``ambiguous``: shapes where the only right outcome is a flag or a READING-UNCERTAIN warning: table 四 with two
  rows of counts and nothing naming the year; the tables printed twice with one count differing (the cells in
  doubt are not labelled; no error finding may blame the report);
* ``inconsistent``: one planted identity error each, that must be found.

Every probe but the ``inconsistent`` ones is consistent, so any error finding on them blames the report
for a misreading. Only cells the report prints (and that are not in doubt) are labelled.

    python bench/make_table_probes20.py   # rewrites tests/cases/table_probes20/

``expected.json`` as in ``bench/make_table_probes12.py``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_table_probes3 import (  # noqa: E402
    APPEAL_COLS,
    COLS,
    active_grid,
    appeals_grid,
    appeals_turned_grid,
    fmt,
    report_text,
    requests_grid,
)
from bench.make_table_probes4 import TEMPLATE, _unique, template_fill  # noqa: E402
from bench.make_table_probes7 import _stable, gov  # noqa: E402
from bench.make_table_probes8 import shown, tables_text  # noqa: E402
from bench.make_table_probes14 import write_probes  # noqa: E402
from bench.make_table_probes19 import (  # noqa: E402
    _prose,
    html,
    page,
    space_lines,
    spaces,
    tab_lines,
    tabs,
    turned_rows,
    zero_rows,
)
from tests.report_writer import layout  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "cases" / "table_probes20"


def txt(issuer: str, year: int, parts: list[tuple[str, str]], **kw) -> str:
    return report_text(issuer, year, tables_text(parts, **kw))


def three(template: str, v: dict, p: dict | None = None, show=spaces) -> list[tuple[str, str]]:
    p = v if p is None else p
    return [
        ("active", show(active_grid(template, p))),
        ("requests", show(requests_grid(template, p))),
        ("appeals", show(appeals_grid(p))),
    ]


# ------------------------------------------------------------------ OCR


def ocr2(rng: random.Random, *, letters: float = 0.5, space: float = 0.2):
    """A count as OCR reads it: 0 as ``O`` or ``o``, 1 as ``l`` or ``I`` (chance ``letters``), a stray space
    inside a count of two digits or more (chance ``space``)."""

    def show(x: Any) -> str:
        if isinstance(x, Decimal):
            return format(x, "f")
        t = str(x)
        chars = [
            (rng.choice("Oo") if ch == "0" else rng.choice("lI"))
            if ch in "01" and rng.random() < letters
            else ch
            for ch in t
        ]
        if len(chars) >= 2 and rng.random() < space:
            chars.insert(rng.randrange(1, len(chars)), " ")
        return "".join(chars)

    return show


def docx_cells(p: dict, issuer: str, year: int) -> bytes:
    """The official 2021 Word template filled cell by cell with the texts of ``p``."""
    import docx

    fill = template_fill(p)
    document = docx.Document(str(TEMPLATE))
    active, requests, appeals = document.tables[:3]
    for row in active.rows:
        cells = _unique(row)
        texts = fill["active"].get(cells[0].text.strip())
        if texts is not None:
            for cell, text in zip(cells[1:], texts, strict=True):
                cell.text = text
    data = [row for row in requests.rows if len(_unique(row)) >= 8][-len(fill["requests"]) :]
    for row, texts in zip(data, fill["requests"], strict=True):
        for cell, text in zip(_unique(row)[-7:], texts, strict=True):
            cell.text = text
    for cell, text in zip(_unique(appeals.rows[-1]), fill["appeals"], strict=True):
        cell.text = text
    _prose(document, issuer, year)
    return _stable(document)


# ------------------------------------------------------------------ dashes


def dashed(v: dict, tables: tuple[str, ...]) -> tuple[dict, dict]:
    """Zeros of ``tables`` printed ``—``: (the labels, the printed values)."""
    lab = {
        k: ("—" if k[0] in tables and isinstance(x, int) and x == 0 else x) for k, x in v.items()
    }
    return lab, dict(lab)


def glue(line: str) -> str:
    """A space row as a PDF's text layer gives it when a ``—`` cell sits flush with its neighbours."""
    return line.replace(" — ", "—").replace(" —", "—").replace("— ", "—")


# ------------------------------------------------------------------ digit runs


def splits(run: str, n: int):
    """Every way to cut ``run`` into ``n`` counts (no leading zero but a lone ``0``)."""
    if n == 1:
        if run and (run == "0" or run[0] != "0"):
            yield [int(run)]
        return
    for i in range(1, len(run) - n + 2):
        head = run[:i]
        if head != "0" and head[0] == "0":
            continue
        for rest in splits(run[i:], n - 1):
            yield [int(head), *rest]


def run_row(values: list[int]) -> bool:
    """Whether the glued row splits one way only under its identity (the six kinds add up to 总计)."""
    run = "".join(map(str, values))
    ok = [s for s in splits(run, 7) if sum(s[:6]) == s[6]]
    return ok == [values]


def digit_run_lines(v: dict) -> list[str]:
    lines = space_lines(requests_grid("gov2021", v))
    out = []
    for line in lines:
        parts = line.split(" ")
        tail = parts[-7:]
        if len(parts) > 7 and all(t.isdigit() for t in tail) and max(len(t) for t in tail) > 1:
            values = [int(t) for t in tail]
            if run_row(values):
                line = " ".join(parts[:-7]) + " " + "".join(tail)
        out.append(line)
    return out


# ------------------------------------------------------------------ numbering


DECIMAL_NUMBERS = {
    "一、本年新收政府信息公开申请数量": "1.本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量": "2.上年结转政府信息公开申请数量",
    "三、本年度办理结果": "3.本年度办理结果",
    "四、结转下年度继续办理": "4.结转下年度继续办理",
}
OUTCOMES = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]


def decimal_numbered(line: str) -> str:
    """A space row of table 三 under the decimal scheme: 3.1 予以公开, 3.3.2 其他法律行政法规禁止公开."""
    for a, b in DECIMAL_NUMBERS.items():
        line = line.replace(a, b)
    outcome = None
    for i, o in enumerate(OUTCOMES, 1):
        if o in line:
            line = line.replace(o, f"3.{i} ")
            outcome = i
    return line, outcome


def renumber_lines(lines: list[str]) -> list[str]:
    out = []
    current = 0
    for line in lines:
        line, o = decimal_numbered(line)
        if o:
            current = o
        parts = line.split(" ")
        for j, part in enumerate(parts):
            head = part.split(".", 1)[0]
            if (
                head.isdigit()
                and "." in part
                and not part.startswith(("1.本年", "2.上年", "3.本年", "4.结转"))
            ):
                if current in (3, 4, 5, 6) and not part[len(head) + 1 :][:1].isdigit():
                    parts[j] = f"3.{current}.{head} " + part[len(head) + 1 :]
        out.append(" ".join(parts).replace("  ", " "))
    return out


def serial_lines(lines: list[str], heads: int = 3) -> list[str]:
    """TAB rows with a 序号 column (1, 2, …) before each data row's label."""
    out = []
    n = 0
    for i, line in enumerate(lines):
        if i < heads:
            out.append(("序号\t" if i == 0 else "\t") + line)
        else:
            n += 1
            out.append(f"{n}\t{line}")
    return out


# ------------------------------------------------------------------ table 二 of 2019, signed changes


def signed(v: dict, plus: str = "+", minus: str = "-") -> dict:
    out = dict(v)
    for k, x in v.items():
        if k[0] == "active" and k[2] == "change" and isinstance(x, int):
            out[k] = f"{plus}{x}" if x > 0 else (f"{minus}{-x}" if x < 0 else "0")
    return out


def with_changes(v: dict, rng: random.Random) -> None:
    for key in ("licensing", "other_services", "penalty", "enforcement", "fees"):
        v[("active", key, "change")] = rng.choice([-1, 1]) * rng.randint(1, 40)


# ------------------------------------------------------------------ rows the template lacks, two years


def sum_row_active(v: dict) -> str:
    lines = space_lines(active_grid("gov2019", v))
    at = next(i for i, x in enumerate(lines) if x.startswith("规范性文件")) + 1
    total = [
        v[("active", "rules", c)] + v[("active", "normative_docs", c)]
        for c in ("made", "published", "total_published")
    ]
    return "\n".join(lines[:at] + ["合计 " + " ".join(map(str, total))] + lines[at:])


def sum_row_appeals(v: dict) -> str:
    lines = space_lines(appeals_turned_grid(v))
    total = [
        sum(v[("appeals", r, c)] for r in ("review", "suit_direct", "suit_after_review"))
        for c in APPEAL_COLS
    ]
    return "\n".join(lines + ["合计 " + " ".join(map(str, total))])


def appeals_counts(v: dict) -> list[str]:
    return [
        fmt(v[("appeals", r, c)])
        for r in ("review", "suit_direct", "suit_after_review")
        for c in APPEAL_COLS
    ]


def two_year_appeals(v: dict, w: dict, first: str, second: str, corner: str) -> str:
    lines = space_lines(appeals_grid(v))[:3]
    lines[0] = f"{corner} {lines[0]}" if corner else lines[0]
    rows = [f"{first} " + " ".join(appeals_counts(v)), f"{second} " + " ".join(appeals_counts(w))]
    return "\n".join(lines + [r.strip() for r in rows])


def two_year_html(v: dict, w: dict, year: int) -> str:
    g = appeals_grid(v)
    head = [[("年度", 3, 1), *g[0]], g[1], g[2]]
    body = [
        [(f"{year}年", 1, 1)] + [(x, 1, 1) for x in appeals_counts(v)],
        [(f"{year - 1}年", 1, 1)] + [(x, 1, 1) for x in appeals_counts(w)],
    ]
    return html(head + body, 3)


def without(v: dict, keep) -> dict:
    return {k: x for k, x in v.items() if keep(k)}


# ------------------------------------------------------------------ the batch


def batch_a(add, rng: random.Random) -> None:
    # ---------------------------------------------------------------- OCR'd cells
    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    p = shown(v, ocr2(rng), tables=("requests", "appeals"))
    add(
        "ocr-html-mixed-2022",
        "ocr_cells",
        "html",
        page(
            "山西省晋城市城区人民政府",
            2022,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", p), 3)),
                ("appeals", html(appeals_grid(p), 3)),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, ocr2(rng, letters=0.6, space=0.0), tables=("active", "requests", "appeals"))
    add(
        "ocr-tabs-2023",
        "ocr_cells",
        "txt",
        txt("内蒙古自治区包头市昆都仑区人民政府", 2023, three("gov2021", v, p, tabs)),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, ocr2(rng, letters=0.5, space=0.15), tables=("requests", "appeals"))
    add("ocr-docx-2024", "ocr_cells", "docx", docx_cells(p, "吉林省吉林市船营区人民政府", 2024), v)

    # ---------------------------------------------------------------- table 三 turned, no corner cell
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    rows = turned_rows("gov2021", v)
    rows[0] = rows[0][1:]
    req = "\n".join(" ".join(r) for r in rows)
    add(
        "turned-no-corner-spaces-2022",
        "turned_no_corner",
        "txt",
        txt(
            "辽宁省鞍山市铁东区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2019", rng, procurement=(4, Decimal("216.5")), factor=1)
    rows = turned_rows("gov2019", v)
    rows[0] = rows[0][1:]
    req = "\n".join("\t".join(r) for r in rows)
    add(
        "turned-no-corner-tabs-2020",
        "turned_no_corner",
        "txt",
        txt(
            "河北省保定市竞秀区人民政府",
            2020,
            [
                ("active", tabs(active_grid("gov2019", v))),
                ("requests", req),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- dashes glued to counts
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    lab, p = dashed(v, ("appeals",))
    app = "\n".join(glue(x) for x in space_lines(appeals_grid(p)))
    add(
        "glued-dashes-appeals-2023",
        "glued_dashes",
        "txt",
        txt(
            "安徽省芜湖市镜湖区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", app),
            ],
        ),
        lab,
    )

    v = gov("gov2019", rng, procurement=(0, Decimal("0")), factor=1)
    lab, p = dashed(v, ("active",))
    p = {k: ("—/—" if x == "—" else x) for k, x in p.items()}
    add(
        "slash-dashes-2020",
        "glued_dashes",
        "txt",
        txt("江苏省常州市天宁区人民政府", 2020, three("gov2019", v, p)),
        lab,
    )

    # ---------------------------------------------------------------- digit runs
    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    add(
        "digit-runs-2022",
        "digit_runs",
        "txt",
        txt(
            "浙江省温州市鹿城区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", "\n".join(digit_run_lines(v))),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- CR/LF, a cell per line
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    for key in (("requests", "partial", "research"), ("requests", "partial", "legal_services")):
        v[key] = None  # an empty cell: the counts are zero and the report left them blank
    cells = []
    for part in three(
        "gov2021", v, show=lambda g: "\n".join(c for r in g for c in r and [x[0] for x in r])
    ):
        cells.append(part)
    body = txt("浙江省宁波市海曙区人民政府", 2023, [])
    lines = []
    for key, grid in (
        ("active", active_grid("gov2021", v)),
        ("requests", requests_grid("gov2021", v)),
        ("appeals", appeals_grid(v)),
    ):
        lines.append(
            {
                "active": "二、主动公开政府信息情况",
                "requests": "三、收到和处理政府信息公开申请情况",
                "appeals": "四、政府信息公开行政复议、行政诉讼情况",
            }[key]
        )
        for row in grid:
            lines += [t.replace("\n", "") for t, _, _ in row]
    report = report_text("浙江省宁波市海曙区人民政府", 2023, ["\n".join(lines)])
    add("crlf-cells-2023", "crlf", "txt", report.replace("\n", "\r\n"), v)
    del body, cells

    # ---------------------------------------------------------------- own numbering
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    req = "\n".join(renumber_lines(space_lines(requests_grid("gov2021", v))))
    add(
        "own-numbering-decimal-2023",
        "own_numbering",
        "txt",
        txt(
            "江西省九江市浔阳区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    req = "\n".join(serial_lines(tab_lines(requests_grid("gov2021", v))))
    add(
        "own-numbering-serial-tabs-2024",
        "own_numbering",
        "txt",
        txt(
            "山东省烟台市芝罘区人民政府",
            2024,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- 2019 table 二, signed 本年增/减
    v = gov("gov2019", rng, procurement=(9, Decimal("1032.6")), factor=1)
    with_changes(v, rng)
    add(
        "signed-change-spaces-2019",
        "signed_change",
        "txt",
        txt("河南省洛阳市西工区人民政府", 2019, three("gov2019", v, signed(v))),
        v,
    )

    v = gov("gov2019", rng, procurement=(3, Decimal("88.25")), factor=2)
    with_changes(v, rng)
    p = signed(v, "＋", "－")
    add(
        "signed-change-html-2020",
        "signed_change",
        "html",
        page(
            "湖北省宜昌市西陵区人民政府",
            2020,
            [
                ("active", html(active_grid("gov2019", p))),
                ("requests", html(requests_grid("gov2019", v), 3)),
                ("appeals", html(appeals_grid(v), 3)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- only the non-zero rows
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    zero_rows(
        v, rng, ["denied_third_party", "unable_not_held", "rejected_repeat", "rejected_publication"]
    )
    t = {x.key: x for x in layout("gov2021")}["requests"]
    printed = {
        r.key for r in t.rows if not r.header and any(v[("requests", r.key, c)] != 0 for c in COLS)
    }
    lines = space_lines(requests_grid("gov2021", v))
    keep_lines = [
        x
        for x in lines
        if not (x.split(" ")[-1] == "0" and all(t == "0" for t in x.split(" ")[-7:]))
    ]
    add(
        "nonzero-rows-2022",
        "nonzero_rows",
        "txt",
        txt(
            "广西壮族自治区桂林市秀峰区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", "\n".join(keep_lines)),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        without(v, lambda k: k[0] != "requests" or k[1] in printed),
    )

    # ---------------------------------------------------------------- a 合计 row the template lacks
    v = gov("gov2019", rng, procurement=(2, Decimal("57.4")), factor=1)
    add(
        "sum-row-active-2019",
        "sum_row",
        "txt",
        txt(
            "海南省三亚市吉阳区人民政府",
            2019,
            [
                ("active", sum_row_active(v)),
                ("requests", spaces(requests_grid("gov2019", v))),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    add(
        "sum-row-appeals-2023",
        "sum_row",
        "txt",
        txt(
            "重庆市沙坪坝区人民政府",
            2023,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", sum_row_appeals(v)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- two years side by side
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    w = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "two-years-appeals-2022",
        "two_years",
        "txt",
        txt(
            "四川省绵阳市涪城区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", two_year_appeals(v, w, "本年度", "上年度", "年度")),
            ],
        ),
        v,
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    w = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    add(
        "two-years-html-2023",
        "two_years",
        "html",
        page(
            "贵州省贵阳市南明区人民政府",
            2023,
            [
                ("active", html(active_grid("gov2021", v))),
                ("requests", html(requests_grid("gov2021", v), 3)),
                ("appeals", two_year_html(v, w, 2023)),
            ],
        ),
        v,
    )

    # ---------------------------------------------------------------- printed twice
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    p = shown(v, ocr2(rng, letters=0.5, space=0.1), tables=("active", "requests", "appeals"))
    twice = (
        tables_text(three("gov2021", v, p))
        + ["（以上为图片，文字版如下）"]
        + tables_text(three("gov2021", v, show=tabs))
    )
    add(
        "printed-twice-2021",
        "printed_twice",
        "txt",
        report_text("云南省曲靖市麒麟区人民政府", 2021, twice),
        v,
    )

    # ---------------------------------------------------------------- ambiguous: the right outcome is a flag
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    w = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    add(
        "ambiguous-two-rows-2022",
        "ambiguous",
        "txt",
        txt(
            "宁夏回族自治区银川市兴庆区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", two_year_appeals(v, w, "", "", "")),
            ],
        ),
        without(
            v, lambda k: k[0] != "appeals"
        ),  # two rows of counts, neither named: table 四 in doubt
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=3)
    q = dict(v)
    # the image's OCR and the text disagree: 10 more new requests granted in the first printing (both printings
    # consistent in themselves, so neither is an error of the report; which one is right is in doubt)
    doubt = {
        ("requests", row, col)
        for row in ("new_received", "granted", "total_processed")
        for col in ("natural_person", "total")
    }
    for key in doubt:
        q[key] = v[key] + 10
    twice = tables_text(three("gov2021", q, show=spaces)) + tables_text(
        three("gov2021", v, show=tabs)
    )
    add(
        "ambiguous-twice-differ-2023",
        "ambiguous",
        "txt",
        report_text("新疆维吾尔自治区克拉玛依市克拉玛依区人民政府", 2023, twice),
        without(v, lambda k: k not in doubt),
    )

    # ---------------------------------------------------------------- planted errors
    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "carried_forward", "natural_person")] += (
        3  # 新收 + 上年结转 no longer 办结 + 结转下年度
    )
    v[("requests", "carried_forward", "total")] += 3
    req = "\n".join(renumber_lines(space_lines(requests_grid("gov2021", v))))
    add(
        "bad-own-numbering-2022",
        "inconsistent",
        "txt",
        txt(
            "陕西省宝鸡市渭滨区人民政府",
            2022,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", spaces(appeals_grid(v))),
            ],
        ),
        v,
        errors=("T3-A",),
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=1)
    v[("appeals", "review", "total")] += 2  # 行政复议's 总计 no longer the sum of its four results
    lab, p = dashed(v, ("appeals",))
    app = "\n".join(glue(x) for x in space_lines(appeals_grid(p)))
    add(
        "bad-glued-dashes-2024",
        "inconsistent",
        "txt",
        txt(
            "青海省海东市乐都区人民政府",
            2024,
            [
                ("active", spaces(active_grid("gov2021", v))),
                ("requests", spaces(requests_grid("gov2021", v))),
                ("appeals", app),
            ],
        ),
        lab,
        errors=("T4-A",),
    )

    v = gov("gov2021", rng, fees=Decimal("0"), factor=2)
    v[("requests", "granted", "natural_person")] += (
        5  # the row's 总计 and the column's （七）总计 no longer sum
    )
    p = shown(v, ocr2(rng, letters=0.5, space=0.0), tables=("requests",))
    req = "\n".join(serial_lines(tab_lines(requests_grid("gov2021", p))))
    add(
        "bad-serial-ocr-2023",
        "inconsistent",
        "txt",
        txt(
            "甘肃省天水市秦州区人民政府",
            2023,
            [
                ("active", tabs(active_grid("gov2021", v))),
                ("requests", req),
                ("appeals", tabs(appeals_grid(v))),
            ],
        ),
        v,
        errors=("T3-B", "T3-C"),
    )


BATCHES = {"A": batch_a}


def main() -> None:
    write_probes(OUT, BATCHES, 20261208 + 20)


if __name__ == "__main__":
    main()
