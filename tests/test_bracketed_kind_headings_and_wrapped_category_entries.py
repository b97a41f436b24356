"""Shapes held-out issues 489–492 showed when first read (tests/corpus/heldout): headings numbered after their
category in square brackets, and a numbered category of the contents whose second entry wraps. Every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _sections(result):
    return [(s["line_start"], s["page_start"], s["category"]) for s in records_of(result, "sections")]


def test_headings_numbered_after_their_category_in_brackets(corpus_issue):
    # 492 l.32 `[이슈 브리핑 01] 1~4 월 31 개 지역 소비·투자 성적표…서부 ‘쾌속’, 동북 ‘주춤’`, … l.203 `[센터 소식 07] 6 월 KIC
    # 멘토링 데이 참가자 모집`, under the contents' `이슈 브리핑`, `스타트업 & 투자`, `센터 소식`
    result = corpus_issue(492)
    assert _sections(result) == [(32, 2, "이슈 브리핑"), (63, 3, "이슈 브리핑"), (88, 4, "이슈 브리핑"), (112, 6, "스타트업 & 투자"),
                                 (155, 8, "스타트업 & 투자"), (190, 9, "센터 소식"), (203, 10, "센터 소식")]
    assert records_of(result, "sections")[0]["title"] == "1~4월 31개 지역 소비·투자 성적표…서부 ‘쾌속’, 동북 ‘주춤’"
    # its faults: l.53 `… 다섯 곳, 즉 …` listing six, and l.185's 총계 6,266 of parts adding up to 6,166
    assert [w.line for w in result.warnings if w.code in ("total_mismatch", "count_mismatch")] == [53, 185]


def test_a_numbered_category_whose_second_entry_wraps(corpus_issue):
    # 490 l.20 `02 스타트업 인사이트` over `  저공경제 스타트업 투자 지도: … ········ 7` and `  eVTOL부터 드론 물류까지, … 네 곳과` /
    # `  투자 유치 현황 ········ 8`: a category, not an entry
    result = corpus_issue(490)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["title"], e["page"]) for e in toc][3:5] == [
        ("저공경제 스타트업 투자 지도: 주요 8개 도시 분기별 투자 건수", 7),
        ("eVTOL부터 드론 물류까지, 눈여겨볼 저공경제 신흥 기업 네 곳과 투자 유치 현황", 8)]
    assert _sections(result)[3:5] == [(136, 7, "스타트업 인사이트"), (165, 8, "스타트업 인사이트")]
