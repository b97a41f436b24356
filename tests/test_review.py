"""The review site, read back as HTML: index, line roles, warnings, tables, escaping, new datasets."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from kic_extract.cli import main
from kic_extract.review.chart import figure_charts
from kic_extract.review.datasets import typed_marks
from kic_extract.review.index_page import render_index
from kic_extract.review.lines import line_roles
from kic_extract.review.load import ReviewError, load_outputs, read_source
from kic_extract.review.page import csp_hash
from kic_extract.review.site import MARKER, build_site, render_site

from conftest import RAW
from review_helpers import Rows, hostile_outputs, links

PAGE = "issues/kic-china-weekly-268.html"
#: the lines of the shipped issue's warnings, as README.md's warning table lists them
README_WARNING_LINES = {29, 76, 154, 156, 173, 186, 196, 198, 202, 328, 423, 530, 542, 582}


@pytest.fixture(scope="module")
def pages(out_dir):
    return render_site(out_dir, RAW)


@pytest.fixture(scope="module")
def issue_rows(pages):
    return Rows(pages[PAGE]).found


@pytest.fixture(scope="module")
def roles(out_dir):
    outputs = load_outputs(out_dir)
    entry = outputs.manifest["inputs"][0]
    lines = read_source(RAW, entry).lines
    return line_roles(lines, outputs.by_issue[entry["issue_id"]], outputs.manifest["coverage"][entry["issue_id"]])


def _cells(row_html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row_html, re.S)]


def test_index_lists_every_input_with_its_counts(pages, data):
    index = pages["index.html"]
    assert [h for h, _ in links(index) if h.startswith("issues/")] == [PAGE] + [f"{PAGE}#warnings"] * 11
    row = re.search(r"<tbody><tr>(.*?)</tr>", index, re.S).group(1)
    cells = _cells(row)
    assert cells[:8] == ["kic-china-weekly-268", "268", "2022-02-23", "주간 중국 창업", "11", "8",
                         str(len(data["gdp"])), str(len(data["glossary"]))]
    assert {"icbc_branches 27", "companies 5", f"indicators {len(data['indicators'])}"} <= set(cells[8].split(", "))
    assert "region_ambiguous 3" in cells[9] and "toc_title_differs 3" in cells[9]
    assert cells[10].startswith("369/369 (100%)")


def test_index_of_many_issues_lists_each_and_failed_ones(data):
    inputs = [{"path": f"raw/i{k}.txt", "sha256": "0" * 64, "issue_id": f"i{k:03d}", "format": "text",
               "encoding": "utf-8", "error": None} for k in range(500)]
    inputs[7]["error"] = "file is empty"
    manifest = {"inputs": inputs, "warnings": [], "coverage": {}, "datasets": {}}
    html = render_index(manifest, {}, [], {e["issue_id"]: f"issues/{e['issue_id']}.html" for e in inputs})
    assert html.count('<a href="issues/i') == 500
    assert "file is empty" in html


def test_every_line_becomes_what_its_record_says(roles):
    assert (roles[7].kind, roles[7].label) == ("masthead", "masthead: number, date")
    assert (roles[13].kind, roles[13].label, roles[13].text) == ("masthead", "masthead: email", "email = info@kicchina.org")
    assert roles[15].label == "masthead: rights"
    assert (roles[17].kind, roles[17].text) == ("toc_category", "Weekly 뉴스")
    assert (roles[21].label, roles[21].cont, roles[22].label, roles[22].cont) == ("TOC entry 3", False, "TOC entry 3", True)
    assert roles[29].label == "TOC entry 7 (no article)"
    assert (roles[38].kind, roles[38].text) == ("category", "Weekly 뉴스")
    assert (roles[40].kind, roles[40].text) == ("section_heading", "1. 제14차 5개년 계획 디지털 경제발전 계획 통지 — 국무원")
    assert (roles[45].kind, roles[45].label, roles[45].text) == ("heading", "s01 heading 1", "1) 발전 현황")
    assert (roles[67].kind, roles[67].text) == ("table_title", "‘14차 5개년 계획’ 디지털 경제발전 주요 지표")
    assert (roles[68].kind, roles[68].text) == ("table_header", "목표 | 2020년 | 2025년 | 속성")
    assert (roles[76].label, roles[76].text) == ("t01 row 8", "온라인 행정 서비스 실명사용자 규모(억) | 11.76 | 17 | 예정")
    assert (roles[462].kind, roles[462].text) == ("table_note", "* 표시는 누적 수치, 지표는 모두 예상 지표임.")
    assert roles[1].kind == "blank"
    kinds = {r.kind for r in roles.values()}
    assert not kinds & {"unclaimed", "dropped"}, "every non-blank line of #268 belongs to a record"


def test_dropped_and_furniture_lines_say_so():
    lines = ["제목", "- 3 -", "본문", "", "남은 줄"]
    roles = line_roles(lines, {}, {"furniture": [2], "unassigned": [5]})
    assert [(n, roles[n].kind) for n in range(1, 6)] == [
        (1, "unclaimed"), (2, "furniture"), (3, "unclaimed"), (4, "blank"), (5, "dropped")]
    assert roles[5].label == "dropped: belongs to no record"


def test_every_warning_links_to_its_highlightable_line(pages, issue_rows, data):
    html = pages[PAGE]
    warn_links = [h for h, c in links(html) if c == "warn"]
    expected = [f"#L{w['line']}" for w in data["manifest"]["warnings"]]
    assert warn_links == expected
    assert {int(h[2:]) for h in warn_links} == README_WARNING_LINES
    for w in data["manifest"]["warnings"]:
        row = issue_rows[f"L{w['line']}"]
        assert row["tag"] == "tr" and "w" in row["class"].split()
        assert w["code"] in row["text"] and w["message"] in row["text"]
    assert sum(1 for r in issue_rows.values() if r["tag"] == "tr" and " w" in f" {r['class']}") == 14


def test_every_table_as_printed_and_as_typed(pages, issue_rows):
    html = pages[PAGE]
    for k in range(1, 9):
        assert f'id="table-t{k:02d}"' in html
    t01 = issue_rows["table-t01"]["text"]
    assert "as typed: indicators (16)" in t01
    assert "온라인 행정 서비스 실명사용자 규모(억)" in t01
    assert "as typed: icbc_branches (11)" in issue_rows["table-t02"]["text"]
    assert "as typed: companies (1)" in issue_rows["table-t03"]["text"]
    block = html[html.index('id="table-t01"'):html.index('id="table-t02"')]
    assert [h for h, _ in links(block) if h.startswith("#L")][:9] == ["#L67"] + [f"#L{n}" for n in range(69, 77)]
    assert "460,000,000" in block  # 4.6 in a (억 가구) row, in base units
    assert "8,160,000,000,000" in block  # 8.16 in a (조 위안) row


def test_values_filled_down_over_merged_cells_are_marked(data):
    (t08,) = [t for t in data["tables"] if t["table_id"].endswith("/t08")]
    rows = [r for r in data["indicators"] if r["table_id"] == t08["table_id"]]
    marks = typed_marks(t08, rows)
    by_line = {r["line"]: m for r, m in zip(rows, marks)}
    assert by_line[445] == frozenset()           # 1  혁신 능력  printed on its own row
    assert by_line[446] == frozenset({"group"})  # 2  (blank)   혁신 능력 carried down
    assert by_line[450] == frozenset()           # 5  산업 발전
    assert by_line[451] == frozenset({"group"})


def test_regional_figures_chart(data):
    charts = figure_charts("gdp", data["gdp"])
    (gdp,) = [c for c in charts if "gdp · 2021 · 위안" in c]
    labels = re.findall(r'text-anchor="end">([^<]+)</text>', gdp)
    assert labels[0] == "광둥성 广东"
    assert "12조 4,400억 위안" in gdp and "≥ 12조 위안" in gdp
    assert gdp.startswith('<svg class="chart"') and "<script" not in gdp


def test_input_markup_is_escaped_everywhere(tmp_path):
    raw, out = hostile_outputs(tmp_path)
    pages = render_site(out, raw)
    html = pages["issues/kic-china-weekly-999.html"]
    for page in pages.values():
        assert page.count("<script") == 1, "only the page's own script"
        assert "onerror=" not in page.replace("onerror=&quot;", "")
    assert "주간 중국 창업 &lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "테스트 &lt;/td&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; 제목" in html
    assert "표 제목 &lt;/table&gt;&lt;b&gt;굵게&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=&quot;window.__pwned=3&quot;&gt;" in html
    assert "주간 중국 창업 &lt;script&gt;" in pages["index.html"]


def test_pages_allow_only_their_own_script_and_no_network(pages):
    for page in pages.values():
        script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
        style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
        assert f"script-src '{csp_hash(script)}'" in policy and f"style-src '{csp_hash(style)}'" in policy
        assert "default-src 'none'" in policy
        assert not re.search(r'(src|href)="(https?:)?//', page), "no network resource"


def test_new_dataset_is_rendered_without_code_changes(out_dir, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(out_dir, out)
    records = [{"issue_id": "kic-china-weekly-268", "raw": "4억 6천만 명", "value": 460000000, "unit": "명", "line": 47},
               {"issue_id": "kic-china-weekly-268", "raw": "94% 이상", "value": 94, "unit": "%", "line": 47}]
    (out / "measures.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["datasets"]["measures"] = {"records": 2, "schema": "schema/measures.schema.json"}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    pages = render_site(out, RAW)
    rows = Rows(pages[PAGE]).found
    assert rows["ds-measures"]["text"] == "measures (2)"
    assert "460,000,000" in rows["measures-0"]["text"] and "L47" in rows["measures-1"]["text"]
    assert "measures: 4억 6천만 명" in rows["L47"]["text"] and "measures: 94% 이상" in rows["L47"]["text"]
    assert "measures 2" in pages["index.html"]


def test_site_is_byte_identical_on_rebuild_and_never_replaces_other_folders(out_dir, tmp_path):
    site = tmp_path / "review"
    first = build_site(out_dir, RAW, site)
    files = {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    assert (first.issues, first.pages) == (1, 3) and (site / MARKER).is_file()
    build_site(out_dir, RAW, site)
    assert {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()} == files
    other = tmp_path / "precious"
    other.mkdir()
    (other / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ReviewError, match="is not a review site"):
        build_site(out_dir, RAW, other)
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep"


def test_changed_raw_file_is_named_on_the_page(out_dir, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (RAW / "kic-china-weekly-268.txt").read_text(encoding="utf-8")
    (raw / "kic-china-weekly-268.txt").write_text(text + "\n추가된 줄\n", encoding="utf-8")
    html = render_site(out_dir, raw)[PAGE]
    assert "has changed since the extraction" in html


def test_review_command(out_dir, tmp_path, capsys):
    assert main(["review", "--out", str(out_dir), "--raw", str(RAW), "--site", str(tmp_path / "site"), "--quiet"]) == 0
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site" / PAGE).is_file()
    assert main(["review", "--out", str(tmp_path / "none"), "--raw", str(RAW), "--site", str(tmp_path / "s2")]) == 1
    assert f"{tmp_path / 'none' / 'manifest.json'}: not found" in capsys.readouterr().err


def test_pdf_input_shows_the_lines_of_its_extracted_text(tmp_path):
    from kic_extract.pdf.fixture import text_to_pdf
    from kic_extract.pdf.read import pdf_to_text
    from kic_extract.settings import Settings

    raw = tmp_path / "raw"
    raw.mkdir()
    text = "\n".join((RAW / "kic-china-weekly-268.txt").read_text(encoding="utf-8").splitlines()[:110]) + "\n"
    pdf = raw / "kic-china-weekly-268.pdf"
    text_to_pdf(text, pdf)
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet"]) == 0
    html = render_site(tmp_path / "out", raw)["issues/kic-china-weekly-268.html"]
    rows = Rows(html).found
    extracted = pdf_to_text(pdf, Settings())[0].splitlines()
    assert sum(1 for k in rows if re.fullmatch(r"L\d+", k)) == len(extracted)
    title = next(n for n, t in enumerate(extracted, start=1) if t == "주간 중국 창업")
    assert "masthead: title" in rows[f"L{title}"]["text"]
    heading = next(n for n, t in enumerate(extracted, start=1) if t.startswith("1. 제 14 차"))
    assert "s01 heading" in rows[f"L{heading}"]["text"]
    assert 'class="problem"' not in html
