"""Test utility: probe reports whose tables are printed in the shapes the rest of the country's
portals and converters produce, with the cells a reader must find.

Shapes (:data:`SHAPES`):

* ``cr_grid`` — a Word table pasted into a web page and crawled: every cell ends in a run of
  carriage returns, an empty cell is an empty run (``规章\\r\\r\\r0\\r\\r\\r\\r\\r\\r0``);
* ``lf_grid`` — the same with line feeds and a one-break separator;
* ``run_together`` — an HTML table flattened with nothing between cells: empty cells vanish
  (``一、本年新收政府信息公开申请数量33`` = 自然人 3, 总计 3);
* ``pipe_converter`` — a PDF converter's markdown: a group column, ``<br>`` inside labels,
  empty cells as ``|  |``;
* ``spaced`` — cells separated by spaces, empty cells as a dash.

Bodies are fictional; issuers are real kinds of bodies of different provinces.

Example:
    >>> import random
    >>> probe = make_probe("cr_grid", random.Random(2), issuer="甘肃省民政厅", year=2022)
    >>> "\\r\\r\\r" in probe.text and probe.expected[("requests", "new_received", "total")][1] == "number"
    True
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tests.report_writer import COL_ORDER, REQUEST_NOTE, consistent_values, layout

SHAPES = ("cr_grid", "lf_grid", "run_together", "pipe_converter", "spaced")

Key = tuple[str, str, str]

#: Issuers of the probe reports: departments, cities, counties and townships of many provinces.
ISSUERS = (
    "浙江省交通运输厅", "四川省成都市武侯区人民政府", "甘肃省民政厅", "黑龙江省哈尔滨市道里区人民政府",
    "广东省深圳市南山区粤海街道办事处", "河南省郑州市自然资源和规划局", "云南省大理白族自治州宾川县人民政府",
    "山东省人力资源和社会保障厅", "江西省赣州市南康区人民政府", "内蒙古自治区包头市统计局",
    "湖北省宜昌市夷陵区小溪塔街道办事处", "贵州省遵义市汇川区人民政府",
)


@dataclass
class Probe:
    """A probe report: its text and, per cell key, the expected ``(value, status)``."""

    name: str
    text: str
    expected: dict[Key, tuple[Any, str]]


def _status(value: Any) -> tuple[Any, str]:
    if value is None or value == "":
        return None, "blank"
    if value in ("—", "/", "-"):
        return None, "dash"
    if value == "无":
        return None, "none_word"
    return value, "number"


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def probe_values(shape: str, rng: random.Random) -> dict[Key, Any]:
    """Consistent gov2021 values as a report of that shape prints them.

    Run-together text cannot show where a 0 sits among empty cells, so there a row with any
    count prints its zeros as empty cells (the habit of small bodies) and an all-zero row
    prints every 0; elsewhere some zero cells are printed empty.
    """
    values = consistent_values("gov2021", rng, blanks=False)
    if shape == "run_together":
        values.update(_small_body_requests(rng))
    for key, value in list(values.items()):
        table, row, _ = key
        if shape == "run_together":
            if table == "requests" and value == 0:
                row_values = [values[(table, row, c)] for c in COL_ORDER]
                if any(v not in (0, None) for v in row_values):
                    values[key] = None
        elif shape == "spaced":
            if value == 0 and rng.random() < 0.3:
                values[key] = "—"
        elif value == 0 and table == "requests" and rng.random() < 0.4:
            values[key] = None
    return values


def _small_body_requests(rng: random.Random) -> dict[Key, Any]:
    """Table 三 of a small body (the reports printed run-together come from county and
    township portals): a handful of requests, nearly all from natural persons."""
    v: dict[Key, Any] = {}
    tables = {t.key: t for t in layout("gov2021")}
    rows = [r.key for r in tables["requests"].rows if not r.header]
    outcome = rows[rows.index("carried_over") + 1 : rows.index("total_processed")]
    org = rng.choice(COL_ORDER[1:6])
    for col in COL_ORDER[:6]:
        active = col == "natural_person" or (col == org and rng.random() < 0.5)
        for r in outcome:
            v[("requests", r, col)] = rng.choice([0, 0, 0, 0, 1, 2, 3, 5, 12]) if active else 0
        processed = sum(v[("requests", r, col)] for r in outcome)
        carried_over = rng.choice([0, 0, 0, 1, 2]) if active else 0
        carried_forward = rng.choice([0, 0, 0, 1]) if active else 0
        v[("requests", "new_received", col)] = processed + carried_forward - carried_over
        if v[("requests", "new_received", col)] < 0:
            carried_forward -= v[("requests", "new_received", col)]
            v[("requests", "new_received", col)] = 0
        v[("requests", "carried_over", col)] = carried_over
        v[("requests", "total_processed", col)] = processed
        v[("requests", "carried_forward", col)] = carried_forward
    for r in rows:
        v[("requests", r, "total")] = sum(v[("requests", r, c)] for c in COL_ORDER[:6])
    return v


def _cells_of_tables(values: dict[Key, Any]) -> list[tuple[str, list[list[str]]]]:
    """Each table as rows of printed cells (header rows first), gov2021 layout."""
    out: list[tuple[str, list[list[str]]]] = []
    tables = {t.key: t for t in layout("gov2021")}
    active = tables["active"]
    rows: list[list[str]] = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for r in active.rows:
        if r.key in ("rules", "normative_docs"):
            rows.append([r.label] + [_fmt(values[("active", r.key, c)]) for c in r.cols])
    rows.append(["信息内容", "本年处理决定数量"])
    for r in active.rows:
        if r.key in ("licensing", "penalty", "enforcement"):
            rows.append([r.label, _fmt(values[("active", r.key, "decisions")])])
    rows.append(["信息内容", "本年收费金额（单位：万元）"])
    rows.append(["行政事业性收费", _fmt(values[("active", "fees", "amount")])])
    out.append(("二、主动公开政府信息情况", rows))
    req = tables["requests"]
    rows = [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    for r in req.rows:
        if r.header:
            continue
        label = r.label
        if r.key == "granted":
            label = "三、本年度办理结果\n" + label
        rows.append([label] + [_fmt(values[("requests", r.key, c)]) for c in COL_ORDER])
    out.append(("三、收到和处理政府信息公开申请情况", rows))
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        ["行政复议", "行政诉讼"],
        ["未经复议直接起诉", "复议后起诉"],
        heads + heads + heads,
        [_fmt(values[("appeals", r, c)]) for r in ("review", "suit_direct", "suit_after_review")
         for c in ("upheld", "corrected", "other", "pending", "total")],
    ]
    out.append(("四、政府信息公开行政复议、行政诉讼情况", rows))
    return out


def _pipe_tables(values: dict[Key, Any]) -> list[tuple[str, list[list[str]]]]:
    """The tables as a PDF converter's full-width grid: merged cells printed once, the cells
    they cover left empty, a group column before the labels, line breaks as ``<br>``."""
    out: list[tuple[str, list[list[str]]]] = []
    tables = {t.key: t for t in layout("gov2021")}
    rows = [["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for r in tables["active"].rows:
        if r.key in ("rules", "normative_docs"):
            rows.append([r.label] + [_fmt(values[("active", r.key, c)]) for c in r.cols])
    rows += [["第二十条第（五）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""]]
    for r in tables["active"].rows:
        if r.key in ("licensing", "penalty", "enforcement"):
            rows.append([r.label, _fmt(values[("active", r.key, "decisions")]), "", ""])
    rows += [["第二十条第（八）项", "", "", ""], ["信息内容", "本年收费金额（单位：万元）", "", ""],
             ["行政事业性收费", _fmt(values[("active", "fees", "amount")]), "", ""]]
    out.append(("二、主动公开政府信息情况", rows))
    rows = [
        [REQUEST_NOTE, "", "申请人情况", "", "", "", "", "", ""],
        ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ]
    group = None
    for r in tables["requests"].rows:
        if r.header:
            continue
        cells = [_fmt(values[("requests", r.key, c)]) for c in COL_ORDER]
        if r.key in ("new_received", "carried_over", "carried_forward"):
            rows.append([r.label, ""] + cells)
            continue
        g = r.group if r.group != "三、本年度办理结果" else ("三、本年度办理结果" if r.key == "granted" else "")
        shown = g if g and g != group else ""
        group = g or group
        rows.append([shown, r.label.replace("（区分", "<br>（区分")] + cells)
    out.append(("三、收到和处理政府信息公开申请情况", rows))
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
        [""] * 5 + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        heads * 3,
        [_fmt(values[("appeals", r, c)]) for r in ("review", "suit_direct", "suit_after_review")
         for c in ("upheld", "corrected", "other", "pending", "total")],
    ]
    out.append(("四、政府信息公开行政复议、行政诉讼情况", rows))
    return out


def render_tables(shape: str, values: dict[Key, Any]) -> str:
    """The three tables of ``values`` in ``shape``."""
    parts = []
    grids = _pipe_tables(values) if shape == "pipe_converter" else _cells_of_tables(values)
    for caption, rows in grids:
        if shape in ("cr_grid", "lf_grid"):
            sep = "\r\r\r" if shape == "cr_grid" else "\n"
            cells = [c.replace("\n", "") for row in rows for c in row]
            parts.append(caption + sep + sep.join(cells) + sep)
        elif shape == "run_together":
            parts.append(caption + "".join(c.replace("\n", "") for row in rows for c in row))
        elif shape == "spaced":
            lines = [" ".join(c.replace("\n", " ") or "—" for c in row) for row in rows]
            parts.append(caption + "\n" + "\n".join(lines) + "\n")
        else:  # pipe_converter
            lines = []
            for i, row in enumerate(rows):
                lines.append("| " + " | ".join(row) + " |")
                if i == 0:
                    lines.append("|" + "---|" * len(row))
            parts.append(caption + "\n\n" + "\n".join(lines) + "\n")
    return "".join(parts) if shape == "run_together" else "\n".join(parts)


def make_probe(shape: str, rng: random.Random, *, issuer: str, year: int) -> Probe:
    """A whole probe report (no title line, as crawls give it) with its expected cells."""
    values = probe_values(shape, rng)
    tables = render_tables(shape, values)
    brk = "\r" if shape == "cr_grid" else "\n"
    text = brk.join([
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{issuer}{year}年度政府信息公开工作年度报告。",
        "一、总体情况",
        f"{year}年，{issuer}认真贯彻落实政府信息公开工作要求，持续推进决策、执行、管理、服务、结果公开。",
        tables,
        "五、存在的主要问题及改进情况",
        "政策解读的形式还不够丰富。下一步，将进一步加强解读工作。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        issuer,
        f"{year + 1}年1月20日",
    ])
    expected = {key: _status(value) for key, value in values.items()}
    return Probe(f"{shape}-{issuer}-{year}", text, expected)


def probes(n_per_shape: int = 4, *, seed: int = 7) -> list[Probe]:
    """``n_per_shape`` probes of every shape, issuers and years drawn in turn."""
    rng = random.Random(seed)
    out = []
    k = 0
    for shape in SHAPES:
        for _ in range(n_per_shape):
            issuer = ISSUERS[k % len(ISSUERS)]
            k += 1
            out.append(make_probe(shape, rng, issuer=issuer, year=rng.randint(2021, 2025)))
    return out
