"""The review site in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright.

Skipped, with the reason in the test summary, when /usr/bin/chromium or the playwright package
is missing; `.ci/run` installs the browser and sets KIC_REQUIRE_BROWSER=1, which turns the skip
into a failure. Screenshots go to tmp/artifacts/review/ (or $KIC_ARTIFACTS).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kic_extract.review.index_page import render_index
from kic_extract.review.page import page
from kic_extract.review.site import build_site

from conftest import RAW, ROOT
from review_helpers import hostile_outputs

CHROMIUM = Path(os.environ.get("KIC_CHROMIUM") or "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
LAPTOP = {"width": 1366, "height": 768}
HIGHLIGHT = "rgb(255, 242, 168)"  # --hl in review.css
PAGE = "issues/kic-china-weekly-268.html"


def _why_no_browser() -> str | None:
    if not CHROMIUM.is_file():
        return f"headless Chromium not found at {CHROMIUM} (Debian package `chromium`): browser tests skipped"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the `playwright` package is not installed (pip install -e '.[test]'): browser tests skipped"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _why_no_browser()
    if reason:
        if os.environ.get("KIC_REQUIRE_BROWSER"):
            pytest.fail(reason.replace("skipped", "required by KIC_REQUIRE_BROWSER"))
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("KIC_ARTIFACTS") or ROOT / "tmp" / "artifacts") / "review"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def site(out_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "review"
    build_site(out_dir, RAW, folder)
    return folder


@pytest.fixture()
def tab(browser):
    context = browser.new_context(viewport=LAPTOP)
    pg = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    pg.requests, pg.errors = requests, errors
    yield pg
    context.close()
    assert not errors, errors
    assert all(u.startswith(("file://", "data:")) for u in requests), f"network requests: {requests}"


def _url(folder: Path, rel: str) -> str:
    return (folder / rel).as_uri()


def test_index_lists_every_issue_and_opens_its_page(tab, site, data, artifacts):
    tab.goto(_url(site, "index.html"))
    rows = tab.locator("#issues tbody tr")
    assert rows.count() == len(data["manifest"]["inputs"]) == 1
    assert rows.first.locator("td").nth(1).inner_text() == "268"
    tab.screenshot(path=artifacts / "index.png")
    tab.get_by_role("link", name="kic-china-weekly-268", exact=True).click()
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == "주간 중국 창업 · 제268호 · 2022-02-23"
    tab.screenshot(path=artifacts / "issue-top.png")


def _highlighted(tab) -> list[str]:
    return tab.eval_on_selector_all(".hl", "els => els.map(e => e.id)")


def test_clicking_a_warning_scrolls_to_and_highlights_its_line(tab, site, artifacts):
    tab.goto(_url(site, PAGE))
    assert _highlighted(tab) == []
    tab.locator('a.warn[data-line="156"]').click()
    tab.locator("#L156.hl").wait_for()  # (a locator waits with no script of its own: the page's policy allows no eval)
    assert _highlighted(tab) == ["L156"]
    row = tab.locator("#L156")
    box = row.bounding_box()
    assert 0 <= box["y"] < LAPTOP["height"], "the line is scrolled into view"
    assert row.locator("td.src").evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    assert "gdp_sectors_sum" in row.inner_text()
    tab.screenshot(path=artifacts / "warning-L156.png")
    # back to the top and the same warning again: scrolled to and highlighted once more
    tab.evaluate("window.scrollTo(0, 0)")
    tab.locator('a.warn[data-line="530"]').click()
    tab.locator("#L530.hl").wait_for()
    assert _highlighted(tab) == ["L530"]
    tab.evaluate("window.scrollTo(0, 0)")
    tab.locator('a.warn[data-line="530"]').click()
    tab.wait_for_timeout(50)
    assert 0 <= tab.locator("#L530").bounding_box()["y"] < LAPTOP["height"]


def test_a_record_link_highlights_all_its_lines(tab, site):
    tab.goto(_url(site, PAGE) + "#L21-22")
    tab.locator(".hl").nth(1).wait_for()
    assert _highlighted(tab) == ["L21", "L22"]


def test_warnings_filter_shows_only_lines_with_warnings(tab, site, data, artifacts):
    tab.goto(_url(site, PAGE))
    all_rows = tab.locator("table.source tbody tr")
    total = all_rows.count()
    assert total == len((RAW / "kic-china-weekly-268.txt").read_text(encoding="utf-8").splitlines())
    tab.locator("#only-warnings").check()
    visible = tab.eval_on_selector_all("table.source tbody tr", "rs => rs.filter(r => r.offsetParent).map(r => r.id)")
    expected = sorted({w["line"] for w in data["manifest"]["warnings"]})
    assert visible == [f"L{n}" for n in expected]
    tab.locator("#source").scroll_into_view_if_needed()
    tab.screenshot(path=artifacts / "warnings-filter.png")
    tab.locator("#only-warnings").uncheck()
    assert tab.eval_on_selector_all("table.source tbody tr", "rs => rs.filter(r => r.offsetParent).length") == total


def test_injected_markup_never_runs_and_renders_as_text(tab, tmp_path, artifacts):
    raw, out = hostile_outputs(tmp_path)
    site = tmp_path / "review"
    build_site(out, raw, site)
    for rel in ("index.html", "issues/kic-china-weekly-999.html"):
        tab.goto(_url(site, rel))
        tab.wait_for_load_state("load")
        assert tab.evaluate("typeof window.__pwned") == "undefined"
        assert tab.locator("script").count() == 1
    assert tab.locator("h1").inner_text().startswith("주간 중국 창업 <script>window.__pwned=1</script>")
    assert tab.locator("#L13 td.src").inner_text() == "1. 테스트 </td><script>window.__pwned=2</script> 제목 — 국무원(国务院)"
    assert tab.locator("#L13 td").count() == 3, "the </td> in the title did not close a cell"
    assert tab.locator("#table-t01 caption").inner_text() == "표 제목 </table><b>굵게</b>"
    assert tab.locator("img").count() == 0
    tab.locator("#L13").scroll_into_view_if_needed()
    tab.screenshot(path=artifacts / "hostile-issue.png")


def test_glossary_sorts_by_a_column(tab, site, data, artifacts):
    tab.goto(_url(site, "glossary.html"))
    assert tab.locator("#glossary tbody tr").count() == len(data["glossary"])
    head = tab.locator("#glossary th", has_text="ko (standard)")
    column = "Array.from(document.querySelectorAll('#glossary tbody tr')).map(r => r.cells[4].textContent)"
    in_order = f"(() => {{ const v = {column}; return v.every((x, i) => i === 0 || v[i - 1].localeCompare(x, 'ko') <= 0); }})()"
    head.click()
    assert head.get_attribute("aria-sort") == "ascending"
    assert tab.evaluate(in_order)
    first = tab.evaluate(column)[0]
    head.click()
    assert head.get_attribute("aria-sort") == "descending"
    assert tab.evaluate(column)[-1] == first
    tab.screenshot(path=artifacts / "glossary-sorted.png")


def test_tables_chart_and_names_render(tab, site, artifacts):
    tab.goto(_url(site, PAGE) + "#table-t08")
    tab.wait_for_load_state("load")
    assert tab.locator("#table-t08 table.printed tbody tr").count() == 15
    assert tab.locator("#table-t08 td.filled").count() > 0
    tab.screenshot(path=artifacts / "table-t08.png")
    tab.goto(_url(site, PAGE) + "#ds-gdp")
    chart = tab.locator("#ds-gdp ~ svg.chart").first
    assert chart.bounding_box()["width"] > 400
    tab.screenshot(path=artifacts / "gdp-chart.png")
    tab.goto(_url(site, PAGE) + "#names")
    tab.screenshot(path=artifacts / "names.png")


def test_pages_load_fast(tab, site, tmp_path):
    start = time.perf_counter()
    tab.goto(_url(site, PAGE))
    issue_seconds = time.perf_counter() - start
    inputs = [{"path": f"raw/kic-china-weekly-{k}.txt", "sha256": "0" * 64, "issue_id": f"kic-china-weekly-{k}",
               "format": "text", "encoding": "utf-8", "error": None} for k in range(1000, 1500)]
    records = {e["issue_id"]: {"issues": [{"issue_id": e["issue_id"], "number": k, "date": "2022-02-23",
                                           "title": "주간 중국 창업"}]}
               for k, e in enumerate(inputs, start=1000)}
    warnings = [{"issue_id": e["issue_id"], "code": code, "message": "m", "line": 1}
                for e in inputs for code in ("toc_title_differs", "region_ambiguous")]
    manifest = {"inputs": inputs, "warnings": warnings, "datasets": {},
                "coverage": {e["issue_id"]: {"lines_nonblank": 369, "lines_assigned": 369, "unassigned": []}
                             for e in inputs}}
    (tmp_path / "index.html").write_text(render_index(manifest, records, [], {i: f"{i}.html" for i in records}),
                                         encoding="utf-8")
    start = time.perf_counter()
    tab.goto((tmp_path / "index.html").as_uri())
    tab.locator("#issues th", has_text="number").click()
    index_seconds = time.perf_counter() - start
    assert tab.locator("#issues tbody tr").count() == 500
    assert tab.locator("#issues tbody tr").first.locator("td").nth(1).inner_text() == "1000"
    print(json.dumps({"issue_page_load_s": round(issue_seconds, 3), "index_500_load_and_sort_s": round(index_seconds, 3)}))
    assert issue_seconds < 3 and index_seconds < 3


def test_page_template_fills_every_placeholder():
    html = page("t", "", "")
    assert "$" not in html.split("<style>")[0]
