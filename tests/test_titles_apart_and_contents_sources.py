"""Shapes held-out issues 545–548 showed when first read (tests/corpus/heldout): a table's title, or its title and
`단위:` line, set a blank line apart over its header. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _table(result, title: str) -> tuple[dict, dict]:
    table = next(t for t in records_of(result, "tables") if t["title"] == title)
    return table, {(a["line"], a["column_label"]): (a["value"], a["unit"])
                   for a in records_of(result, "amounts") if a["table_id"] == table["table_id"]}


def test_a_title_a_blank_line_over_the_header(corpus_issue):
    # 545 l.50 `표 1) 2029 년 GDP 상위 10 개 성급 지역 (억 위안)`, a blank line, l.52 `순위 | 지역 | 2027 년 | … | 증가율(%)`,
    # l.53 `1 | 광둥성 | 158,420 | 165,310 | 172,050 | 4.9`
    table, amounts = _table(corpus_issue(545), "표 1) 2029년 GDP 상위 10개 성급 지역 (억 위안)")
    assert (table["unit"], table["line_start"]) == ("억 위안", 50)
    assert amounts[(53, "2027년")] == ("15842000000000", "위안") and amounts[(53, "증가율(%)")] == ("4.9", "%")


def test_a_title_and_its_unit_line_a_blank_line_over_the_header(corpus_issue):
    # 546 l.155 `표 3) 6월 1~3주차 분야별 주요 투자 라운드`, l.156 `단위: 억 위안`, a blank line, l.158 `분야 | 기업 | … | 금액`
    table, amounts = _table(corpus_issue(546), "표 3) 6월 1~3주차 분야별 주요 투자 라운드")
    assert (table["unit"], table["line_start"]) == ("억 위안", 155)
    assert amounts[(159, "금액")] == ("1200000000", "위안")  # l.159 `반도체 | 신치웨이(芯启微) | … | 12.0`
