"""The static audit page: self-contained, every text escaped; opened in headless Chromium (the
Debian `chromium` driven by Playwright; skipped cleanly where either is absent)."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from textmine.auditpage import audit_page
from textmine.audits import EVIDENCE_COLUMNS, ISSUER_COLUMNS, REPORT_COLUMNS, Audit, audit

EVIL = '<script>alert("x")</script>局'


def hand_audit() -> Audit:
    reports = pd.DataFrame(
        [
            {"report_id": "a1", "issuer_key": "福建省某县人民政府", "year": 2019, "issuer": "某县人民政府",
             "admin_level": "county", "province": "福建省", "city": "福州市", "template": "gov2019", "index": 80.0},
            {"report_id": "a3", "issuer_key": "福建省某县人民政府", "year": 2021, "issuer": "某县人民政府",
             "admin_level": "county", "province": "福建省", "city": "福州市", "template": "gov2021", "index": 95.0},
            {"report_id": "b1", "issuer_key": "河北省" + EVIL, "year": 2021, "issuer": EVIL,
             "admin_level": "department", "province": "河北省", "city": None, "template": "gov2021", "index": None},
        ]
    ).reindex(columns=list(REPORT_COLUMNS))
    issuers = pd.DataFrame(
        [
            {"issuer_key": "福建省某县人民政府", "issuer": "某县人民政府", "admin_level": "county", "province": "福建省",
             "city": "福州市", "first_year": 2019, "last_year": 2021, "years_absent": 1},
            {"issuer_key": "河北省" + EVIL, "issuer": EVIL, "admin_level": "department", "province": "河北省",
             "city": None, "first_year": 2021, "last_year": 2021, "years_absent": 0},
        ]
    ).reindex(columns=list(ISSUER_COLUMNS))
    evidence = pd.DataFrame(
        [{"report_id": "a1", "measure": "identities", "check_id": "T3-B", "severity": "error", "table": "表三",
          "row": "（七）总计", "message": "表三 column 总计: （七）总计 21, but … = 27.", "evidence": "（七）总计 / total: 21 & <b>",
          "uncertain": False}]
    ).reindex(columns=list(EVIDENCE_COLUMNS))
    return Audit(reports=reports, issuers=issuers, evidence=evidence)


def test_page_escapes_every_text_and_needs_no_network() -> None:
    page = audit_page(hand_audit())
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp; &lt;b&gt;" in page
    assert page.count("<script>") == 1  # our own inline script only
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # no external asset
    assert "@import" not in page and "url(" not in page


def test_grid_marks_absent_years_and_links_reports() -> None:
    page = audit_page(hand_audit())
    row = page[page.index('data-key="福建省某县人民政府"'):]
    row = row[: row.index("</tr>")]
    assert re.findall(r'data-year="(\d+)"', row) == ["2019", "2020", "2021"]
    assert 'class="absent" data-year="2020"' in row and 'href="#r-a1"' in row
    assert "表三，（七）总计行：" in page  # the finding names its table and row


def _browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to run the browser test")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("no system Chromium (apt-get install chromium)")
    return sync_api, exe


@pytest.fixture(scope="module")
def dev_page(corpus_frames, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "audit.html"
    path.write_text(audit_page(audit(corpus_frames)), encoding="utf-8")
    return path


def test_page_in_headless_chromium(dev_page, tmp_path) -> None:
    sync_api, exe = _browser()
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        except Exception as exc:  # a browser that cannot start here is an environment matter
            pytest.skip(f"Chromium did not start: {exc}")
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(dev_page.as_uri())
        zone = page.locator('#grid tbody tr[data-key="福建省平潭综合实验区管委会"]')
        # every Pingtan year is a column of the grid; the zone's 2018 and 2022 show as absent
        for year in range(2011, 2026):
            assert zone.locator(f'td[data-year="{year}"]').count() == 1
        assert zone.locator("td.absent").evaluate_all("els => els.map(e => e.dataset.year)") == ["2018", "2022"]
        rows_before = page.locator("#grid tbody tr:not(.hidden)").count()
        page.fill("#search", "平潭县")
        visible = page.locator("#grid tbody tr:not(.hidden)")
        assert rows_before > 2 and visible.count() == 1
        assert visible.first.get_attribute("data-key") == "福建省福州市平潭县人民政府"
        assert page.inner_text("#count") == "1"
        page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
        # a finding in plain words naming its table and row, with its evidence
        page.fill("#search", "")
        findings = page.locator("section.report:not(.hidden) li.finding:not(.uncertain)")
        texts = findings.all_inner_texts()
        assert any(re.search(r"(表[二三四]|统计表)，.+行：", t) for t in texts)
        assert page.locator("section.report:not(.hidden) blockquote").count() > 0
        assert all(u.startswith("file:") for u in requests)  # nothing fetched from a network
        browser.close()
