"""Shapes held-out issue 514 showed when first read (tests/corpus/heldout): a table row a page break cut between two
cells whose second half opens with a count, a total row printed with an empty last cell, company cards of one line of
fields under a bracketed name, and ranks given as a range (`4위부터 6위까지`) with one mark all the places passed.
Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, records_of


def test_a_row_cut_between_cells_before_a_count(corpus_issue):
    # 514 l.153 `	차오양중한혁신센터(朝阳中韩创新中心)	2024	38곳`, the page's footer and header, l.159 `12곳	문화콘텐츠·뷰티테크`
    table = next(t for t in records_of(corpus_issue(514), "tables") if t["line_start"] == 147)
    assert table["header"] == ["소재 구", "인큐베이터", "개소", "입주 기업", "한국 기업", "주요 분야"]
    assert table["rows"][4] == ["차오양구(朝阳区)", "차오양중한혁신센터(朝阳中韩创新中心)", "2024", "38곳", "12곳", "문화콘텐츠·뷰티테크"]
    assert [row[0] for row in table["rows"]] == ["하이뎬구(海淀区)"] * 3 + ["차오양구(朝阳区)"] * 2 + ["이좡(亦庄)"] * 2


def test_a_total_row_with_an_empty_last_cell_stays_where_printed(corpus_issue):
    # 514 l.67 `합계	15,563	16,650	17,657	` under l.56 `도시	2026년	2027년	2028년	R&D 강도(%)`, caption `(단위: 억 위안)`;
    # the ten cities' 2027 figures (l.57–66: 3,598 … 773) add up to 16,560, the other two years' to what is printed
    result = corpus_issue(514)
    total = {a["column_label"]: (a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts")
             if a["line"] == 67}
    assert total == {"2026년": ("15,563", "1556300000000", "위안"), "2027년": ("16,650", "1665000000000", "위안"),
                     "2028년": ("17,657", "1765700000000", "위안")}
    assert [(w.line, w.message) for w in result.warnings if w.code == "total_mismatch"] == [
        (67, "kic-china-weekly-514/t01 합계 2027년: printed 16,650, but its 10 parts add up to 16,560")]


def test_cards_of_one_line_of_fields(corpus_issue):
    # 514 l.185–186 `【기업 카드 1】 선지즈넝(深极智能)` / `설립 2026년 5월 | 본사 저장성 항저우시 | … | 투자 누적 3억 위안 이상`,
    # l.189–190 `… 싱투커지(星图科技)` / `… | 투자 약 9,000만 달러 (시리즈 A)`, l.193–194 `… 루이처수쥐(睿策数据)` / `… | 투자 2억 위안가량 (프리B)`
    result = corpus_issue(514)
    companies = [(c["name"], c["name_zh"], c["founded_raw"], c["funding_value"], c["funding_unit"], c["funding_approx"],
                  c["funding_bound"], c["funding_cumulative"]) for c in records_of(result, "companies")]
    assert companies == [("선지즈넝", "深极智能", "2026년 5월", 300000000, "위안", False, "min", True),
                         ("싱투커지", "星图科技", "2025년 9월", 90000000, "달러", True, None, False),
                         ("루이처수쥐", "睿策数据", "2027년 2월", 200000000, "위안", True, None, False)]
    # a card's headquarters is no prose figure's region
    assert not [f for f in records_of(result, "figures") if f["line"] in (185, 189, 193)]


def test_a_rank_range_and_one_mark_for_the_places_counted(corpus_issue):
    # 514 l.41 `4위부터 6위까지는 쑤저우시(苏州市), 광저우시(广州市), 항저우시(杭州市)가 차례로 차지했는데, 세 도시 모두 R&D 경비가
    # 1,000억 위안 이상이었다.` (the 2028 figures, l.36 `'2028년 과학기술 경비 투입 통계공보'`)
    figures = figures_at(corpus_issue(514), 41)
    assert figures[:3] == [("쑤저우시", "100000000000", 4, "min", 2028), ("광저우시", "100000000000", 5, "min", 2028),
                           ("항저우시", "100000000000", 6, "min", 2028)]


def test_close_behind_after_its_own_figure_is_the_next_rank(corpus_issue):
    # 514 l.81 `상하이시가 46만 8,000대로 1위를 차지했고, 안후이성(安徽省)이 41만 2,000대로 바짝 따라붙었다.`; 404 l.91
    # `싱가포르 투자기관의 참여 건수는 87건으로 미국 기관을 바짝 따라붙었다.` follows the one it names, not a rank
    assert figures_at(corpus_issue(514), 81)[:2] == [("상하이시", "468000", 1, None, 2029), ("안후이성", "412000", 2, None, 2029)]
    assert ("싱가포르", "87", None, None, 2027) in figures_at(corpus_issue(404), 91)


def test_a_sentence_counting_a_list_of_its_own_is_about_no_earlier_place(corpus_issue):
    # 514 l.87 `국가별로는 브라질이 23만 대로 최대 수출 시장이었고, … 수출 물량의 80% 이상은 4개 항만, 즉 상하이항, …을 통해
    # 선적됐다.`: the share and the count are the ports', not Brazil's
    assert figures_at(corpus_issue(514), 87) == [("브라질", "230000", 1, None, 2029)]
