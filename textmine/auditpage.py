"""The static audit page: one self-contained HTML file for the people who review these reports.

:func:`audit_page` renders an :class:`~textmine.audits.Audit` as one page that needs no server
and no network (styles and script inline, no external asset): the coverage grid of issuers ×
years with absent years marked, filters by province, city, admin level and template era, a
search box for body names (a township's name is part of its body's key, so it finds it), and
per report its measures and findings in plain sentences naming the table and row, each with
its evidence text. Every text is HTML-escaped.

Example:
    >>> from textmine.audits import audit
    >>> html = audit_page(audit("out/"))  # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
from typing import Any

#: Measure names as shown on the page.
MEASURE_LABELS = {
    "identities": "表内/跨年勾稽关系不符 (identities)",
    "prose": "正文与表格不一致 (prose vs table)",
    "blanks": "应填0而留空 (blank cells)",
    "copied": "与上年报告雷同 (copied from last year)",
    "shared": "与其他机关同年报告雷同 (shared with another body)",
    "sections": "缺少规定部分 (missing parts)",
    "late": "逾期公布 (late)",
    "other": "其他问题 (other)",
    "uncertain": "本工具读取存疑 (our reading is uncertain)",
}

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:1.5em} table{border-collapse:collapse}
#grid td,#grid th{border:1px solid #ccc;padding:2px 6px;font-size:.85em;text-align:center}
#grid td.name{text-align:left;white-space:nowrap} td.absent{background:#f4c7c3;color:#900}
td.good{background:#d9ead3} td.fair{background:#fff2cc} td.poor{background:#f4cccc} td.out{background:#fafafa}
.controls label{margin-right:1em} .report{border-top:1px solid #ddd;padding:.5em 0}
.measures td,.measures th{border:1px solid #ddd;padding:1px 6px;font-size:.85em}
li.finding{margin:.4em 0} li.uncertain{color:#666} blockquote{margin:.2em 0 .2em 1.5em;color:#444;
border-left:3px solid #ccc;padding-left:.5em;font-size:.9em} .hidden{display:none}
"""

_JS = """
(function(){
  function val(id){var e=document.getElementById(id);return e?e.value:'';}
  function apply(){
    var q=val('search').trim(), p=val('f-province'), c=val('f-city'), l=val('f-level'), t=val('f-era');
    var shown={};
    document.querySelectorAll('#grid tbody tr').forEach(function(tr){
      var ok=(!q||tr.dataset.names.indexOf(q)>=0)&&(!p||tr.dataset.province===p)&&(!c||tr.dataset.city===c)
        &&(!l||tr.dataset.level===l)&&(!t||(' '+tr.dataset.eras+' ').indexOf(' '+t+' ')>=0);
      tr.classList.toggle('hidden',!ok); if(ok){shown[tr.dataset.key]=true;}
    });
    document.querySelectorAll('section.report').forEach(function(s){
      var ok=shown[s.dataset.key]&&(!t||s.dataset.era===t);
      s.classList.toggle('hidden',!ok);
    });
    var n=document.querySelectorAll('#grid tbody tr:not(.hidden)').length;
    document.getElementById('count').textContent=n;
  }
  ['search','f-province','f-city','f-level','f-era'].forEach(function(id){
    var e=document.getElementById(id); if(e){e.addEventListener('input',apply);e.addEventListener('change',apply);}
  });
  apply();
})();
"""


def _e(value: Any) -> str:
    """HTML-escaped text of a value ('' for None/NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value), quote=True)


def _options(name: str, label: str, values: list[str]) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
    return f'<label>{_e(label)} <select id="{name}"><option value="">（全部）</option>{opts}</select></label>'


def _grade(index: Any) -> str:
    if index is None or (isinstance(index, float) and math.isnan(index)):
        return ""
    return "good" if index >= 90 else "fair" if index >= 75 else "poor"


def audit_page(result: Any, *, title: str = "政府信息公开工作年度报告 审查 (textmine audit)") -> str:
    """The audit as one self-contained HTML page (see the module docstring).

    Args:
        result: an :class:`~textmine.audits.Audit`.
        title: the page title.

    Returns:
        The HTML text.
    """
    reports, issuers, evidence = result.reports, result.issuers, result.evidence
    placed = reports[reports["issuer_key"].notna() & reports["year"].notna()]
    years = sorted({int(y) for y in placed["year"]}) if len(placed) else []
    span = list(range(years[0], years[-1] + 1)) if years else []
    by_key: dict[str, Any] = {k: g for k, g in placed.groupby("issuer_key", sort=True)}
    eras = sorted({str(t) for t in reports["template"].dropna()})

    def values(col: str) -> list[str]:
        return sorted({str(v) for v in issuers[col].dropna()}) if col in issuers else []

    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{len(issuers)} 个机关 (bodies), {len(reports)} 份报告 (reports), "
        f"{int(issuers['years_absent'].fillna(0).sum()) if len(issuers) else 0} 个缺失年度 (years without a report). "
        "格中数字为综合指数 (index, 0–100, higher is better); 缺 = 该年无报告 (no report that year).</p>",
        '<div class="controls">',
        '<label>搜索机关名称 (search) <input id="search" type="search" placeholder="如：平潭县"></label>',
        _options("f-province", "省", values("province")),
        _options("f-city", "市", values("city")),
        _options("f-level", "层级", values("admin_level")),
        _options("f-era", "报告格式", eras),
        ' <span>显示 <b id="count"></b> 个机关</span></div>',
        '<h2>覆盖情况 (coverage: bodies × years)</h2>',
        '<table id="grid"><thead><tr><th>机关 (body)</th><th>层级</th>'
        + "".join(f"<th>{y}</th>" for y in span)
        + "</tr></thead><tbody>",
    ]
    for rec in issuers.to_dict("records"):
        key = str(rec["issuer_key"])
        group = by_key.get(key)
        names = " ".join(sorted({key, *[str(n) for n in (group["issuer"].dropna() if group is not None else [])]}))
        era_list = " ".join(sorted({str(t) for t in group["template"].dropna()})) if group is not None else ""
        out.append(
            f'<tr data-key="{_e(key)}" data-names="{_e(names)}" data-province="{_e(rec.get("province"))}" '
            f'data-city="{_e(rec.get("city"))}" data-level="{_e(rec.get("admin_level"))}" data-eras="{_e(era_list)}">'
            f'<td class="name" title="{_e(key)}">{_e(rec.get("issuer"))}</td><td>{_e(rec.get("admin_level"))}</td>'
        )
        first, last = int(rec["first_year"]), int(rec["last_year"])
        for year in span:
            here = group[(group["year"] == year) & group["duplicate_of"].isna()] if group is not None else None
            if here is not None and len(here):
                r = here.sort_values("report_id").iloc[0]
                index = r["index"]
                shown = "" if index is None or (isinstance(index, float) and math.isnan(index)) else f"{index:.0f}"
                out.append(
                    f'<td class="{_grade(index)}" data-year="{year}" data-report="{_e(r["report_id"])}">'
                    f'<a href="#r-{_e(r["report_id"])}">{_e(shown) or "?"}</a></td>'
                )
            elif first <= year <= last:
                out.append(f'<td class="absent" data-year="{year}" title="no report for {year}">缺</td>')
            else:
                out.append(f'<td class="out" data-year="{year}"></td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    out.append("<h2>各报告的问题 (findings per report)</h2>")
    ev_by = {str(k): g for k, g in evidence.groupby("report_id", sort=True)} if len(evidence) else {}
    for rec in reports.sort_values(["issuer_key", "year", "report_id"], na_position="last").to_dict("records"):
        rid = str(rec["report_id"])
        out.append(
            f'<section class="report" id="r-{_e(rid)}" data-key="{_e(rec.get("issuer_key"))}" '
            f'data-era="{_e(rec.get("template"))}">'
            f'<h3>{_e(rec.get("issuer"))} · {_e(rec.get("year"))} <small>({_e(rec.get("template"))}, {_e(rid)})</small></h3>'
        )
        if isinstance(rec.get("duplicate_of"), str):
            out.append(f"<p>同一报告的另一份副本 (a copy of report {_e(rec['duplicate_of'])}): counted once.</p>")
        out.append(
            '<table class="measures"><tr><th>index</th><th>identity errors/warnings</th><th>prose conflicts</th>'
            "<th>blank cells</th><th>copied share</th><th>shared share</th><th>missing parts</th>"
            "<th>published / deadline</th><th>days late</th><th>uncertain</th></tr><tr>"
            f"<td>{_e(rec.get('index'))}</td><td>{_e(rec.get('identity_errors'))}/{_e(rec.get('identity_warnings'))}</td>"
            f"<td>{_e(rec.get('prose_conflicts'))}</td><td>{_e(rec.get('blank_cells'))}</td>"
            f"<td>{_e(_pct(rec.get('copied_share')))}</td><td>{_e(_pct(rec.get('shared_share')))}</td>"
            f"<td>{_e(rec.get('missing_sections'))}</td><td>{_e(rec.get('published'))} / {_e(rec.get('deadline'))}</td>"
            f"<td>{_e(rec.get('days_late'))}</td><td>{_e(rec.get('uncertain_findings'))}</td></tr></table>"
        )
        items = ev_by.get(rid)
        if items is None or not len(items):
            out.append("<p>未发现问题 (no findings).</p></section>")
            continue
        out.append("<ul>")
        for ev in items.to_dict("records"):
            where = ""
            if isinstance(ev.get("table"), str) and ev.get("table"):
                where = f"{ev['table']}" + (f"，{ev['row']}行" if isinstance(ev.get("row"), str) and ev.get("row") else "") + "："
            cls = "finding uncertain" if ev.get("uncertain") else "finding"
            out.append(
                f'<li class="{cls}" data-measure="{_e(ev.get("measure"))}"><b>{_e(MEASURE_LABELS.get(str(ev.get("measure")), ev.get("measure")))}</b> '
                f"{_e(where)}{_e(ev.get('message'))}"
                + (f"<blockquote>{_e(ev.get('evidence'))}</blockquote>" if _e(ev.get("evidence")) else "")
                + "</li>"
            )
        out.append("</ul></section>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out)


def _pct(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return f"{float(value):.0%}"
    except (TypeError, ValueError):
        return ""
