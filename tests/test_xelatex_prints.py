"""A seventh PDF producer: XeLaTeX with ko.TeX (Noto Sans CJK; page numbers and a few marks from DejaVu Sans; tables as
`longtable`), printing held-out 941 and 942 (`tests/data/pdf/kic-china-weekly-94N.xelatex.pdf`). XeTeX draws no space
glyph: words stand a gap apart, and the only spaces drawn are the fallback font's, in the page numbers. Values read by
hand from the issues' text."""

from __future__ import annotations

from functools import cache

from conftest import ROOT, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


@cache
def _print(number: int):
    path = ROOT / "tests" / "data" / "pdf" / f"kic-china-weekly-{number}.xelatex.pdf"
    return extract_issue(path, path.name, Settings())


def test_words_a_gap_apart_are_spaced_whatever_font_draws_the_page_numbers():
    # 941 l.1–2 `주간 중국 창업` / `제 941 호 (2039. 01. 14)`; l.18 `- ▶ 2038 년 31 개 성급 지역 경제 성적표 — 국가통계국(国家统计局) p2`
    result = _print(941)
    issue = records_of(result, "issues")[0]
    assert (issue["title"], issue["number"], issue["date"]) == ("주간 중국 창업", 941, "2039-01-14")
    assert [(e["title"], e["source"], e["page"]) for e in issue["toc"][:2]] == [
        ("2038년 31개 성급 지역 경제 성적표", "국가통계국", 2), ("국무원, 제1차 '미래산업 선도구' 8 곳 지정", "신화사", 4)]
    assert [s["title"] for s in records_of(result, "sections")][:2] == [
        "2038년 31개 성급 지역 경제 성적표", "국무원, 제1차 '미래산업 선도구' 8 곳 지정"]


def test_a_caption_giving_the_unit_set_a_blank_line_over_the_table():
    # 941 l.50–52 `주요 성급 지역 GDP 추이 (조 위안)` / `지역	2036년	…` / `광둥성	22.41	23.37	24.36	4.1`: XeLaTeX sets the
    # table a block's space under its caption
    result = _print(941)
    table = next(t for t in records_of(result, "tables") if t["title"] == "주요 성급 지역 GDP 추이 (조 위안)")
    assert table["unit"] == "조 위안"
    amounts = [(a["column_label"], a["value"]) for a in records_of(result, "amounts")
               if a["table_id"] == table["table_id"] and a["row_label"] == "광둥성"]
    assert amounts[:3] == [("2036년", "22410000000000"), ("2037년", "23370000000000"), ("2038년", "24360000000000")]


def test_the_second_print_reads_as_its_text():
    # 942 l.171 `▶ 회사: 딥시그널3D(深信3D科技)`, a card's first field
    result = _print(942)
    cards = [(c["name"], c["name_zh"]) for c in records_of(result, "companies")]
    assert ("딥시그널3D", "深信3D科技") in cards
    assert len(records_of(result, "sections")) == len(records_of(result, "issues")[0]["toc"])
