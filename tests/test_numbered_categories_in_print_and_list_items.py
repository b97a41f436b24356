"""Shapes held-out issues 461–464 showed when first read (tests/corpus/heldout): numbered categories in a
PDF's text (no indent kept), a place's name cut from its generic word by a page break, units beside a
qualifying word, a total column over a span of years, and list items joined by `·` or `와`. Every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

from conftest import records_of

CORPUS = Path(__file__).resolve().parent / "corpus"


def _warnings(result, code):
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def test_numbered_categories_over_entries_a_pdfs_text_keeps_no_indent(tmp_path):
    # 464 l.10 `01 이번 주 중국 경제` over `   1~10 월 사회소비품 … ········ 2`, printed: the indent is gone, and the
    # entry `11 월 신규 유니콘 4 곳 프로필 …` under `02 스타트업 & 산업` opens with a number of its own title
    from kic_extract.pdf.render.pages import text_to_pages
    from kic_extract.pdf.render.producers import render

    pages = text_to_pages((CORPUS / "heldout" / "kic-china-weekly-464.txt").read_text(encoding="utf-8"))
    out = tmp_path / "kic-china-weekly-464.pdf"
    render("reportlab", pages, out, fit=True)
    result = extract_issue(out, out.name, Settings())
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["category"], e["page"]) for e in toc] == [
        ("이번 주 중국 경제", 2), ("이번 주 중국 경제", 3), ("이번 주 중국 경제", 5), ("스타트업 & 산업", 6),
        ("스타트업 & 산업", 8), ("센터 소식", 9), ("센터 소식", 10)]
    assert "".join(toc[3]["title"].split()) == "11월신규유니콘4곳프로필:AI영상부터물류드론까지"  # (its `11` kept)


def test_a_name_cut_from_its_generic_word_and_a_subtotal_of_it(corpus_issue):
    # 464 l.75 `	닝샤후이족	5,730	6,880	7,760` | page break | l.81 `	자치구` | l.82 `	소계	61,630	74,140	86,750`
    result = corpus_issue(464)
    rows = records_of(result, "tables")[0]["rows"]
    assert ["서부", "닝샤후이족자치구", "5,730", "6,880", "7,760"] in rows
    assert _warnings(result, "total_mismatch") == [
        (82, "kic-china-weekly-464/t01 서부 2027년 말 (소계): printed 74,140, but its 5 parts add up to 75,140")]


def test_a_unit_beside_a_qualifying_word_and_a_total_over_years(corpus_issue):
    # 463 l.56–57 `… 2028년 성장률` over `… (%, 불변가격)`: the rates in %
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(463), "amounts") if a["line"] == 58]
    assert amounts[-1] == ("4.6", "%")
    # 462 l.63 `자치구	2025년	2026년	2027년	3개년 계`: l.69 `신장위구르자치구	865	952	1,068	2,985`
    assert _warnings(corpus_issue(462), "total_mismatch") == [
        (69, "kic-china-weekly-462/t01 신장위구르자치구 3개년 계(억 위안) column: printed 2,985, but its 3 parts add up to 2,885")]


def test_list_items_joined_by_a_middle_dot_or_by_and(corpus_issue):
    # 464 l.104 `여섯 개 분야, 즉 원자력 발전, 철도 간선, 수자원 시설, 통신 인프라, 석유·가스 파이프라인에서`: five
    assert [line for line, _ in _warnings(corpus_issue(464), "count_mismatch")] == [104]
    # 462 l.80 `… 곳은 세 곳, 즉 닝샤회족자치구와 시짱자치구다`: two
    assert (80, "the text says 3곳 but lists 2: 닝샤회족자치구, 시짱자치구") in _warnings(corpus_issue(462), "count_mismatch")
    # 461 l.89 `세 가지 분야, 즉 반도체 패키징·테스트, 배터리 소재, 바이오의약에`: three, as said
    assert [line for line, _ in _warnings(corpus_issue(461), "count_mismatch")] == [85]
    # 461 l.83 `… 허페이는 증가율이 27.5%에 달해 조사 대상 도시 가운데 가장 가파르게 늘었다`
    assert ("허페이", "27.5", 1) in [(f["region_ko"], f["value"], f["rank"]) for f in records_of(corpus_issue(461), "figures")
                                   if f["line"] == 83]


def test_first_place_in_speed_goes_to_the_rate_of_the_series_after_it(corpus_issue):
    # 464 l.59 `증설 속도는 지린성이 가장 빨랐다. 지린성의 설비 용량은 2026 년 말 4,310 만 kW 에서 올해 9 월 말
    # 6,350 만 kW 로 47.3% 늘었다.`
    figures = [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in records_of(corpus_issue(464), "figures")
               if f["line"] == 59]
    assert figures[:3] == [("지린성", "43100000", "kW", None), ("지린성", "63500000", "kW", None), ("지린성", "47.3", "%", 1)]
