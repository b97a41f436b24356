"""Shapes 937 and 942 showed at first sight: a table's caption padded with tabs to the table's width, a second list of
amounts after the one `각각` hands out, a superlative in a second quotation, and a Chinese name with Latin letters and
digits inside. Values read by hand from the issues' lines (937, 942, and 491, 499, 608 and 393 where the same kinds
stand)."""

from conftest import figures_at, names_at, records_of, warnings_of


def _table(result, title: str) -> dict:
    return next(t for t in records_of(result, "tables") if t["title"] == title)


def test_a_caption_padded_with_tabs_is_no_header_row(corpus_issue):
    # 937 l.93–96 `표 2) 광둥성 저고도 경제 시범 도시별 산업 규모\t\t\t` / `단위: 억 위안` / `도시\t2037년\t…` / `선전시\t452\t580\t4`
    result = corpus_issue(937)
    table = _table(result, "표 2) 광둥성 저고도 경제 시범 도시별 산업 규모")
    assert (table["unit"], table["header"], table["line_start"]) == (
        "억 위안", ["도시", "2037년", "2038년(추정)", "시범구 수(곳)"], 93)
    amounts = [(a["row_label"], a["column_label"], a["value"]) for a in records_of(result, "amounts")
               if a["table_id"] == table["table_id"] and a["row_label"] == "선전시" and a["unit"] == "위안"]
    assert amounts == [("선전시", "2037년", "45200000000"), ("선전시", "2038년(추정)", "58000000000")]
    # 491 l.69 the same over a table continued past a page break, its header printed again (l.84–85): the rows go on
    result = corpus_issue(491)
    table = _table(result, "주요 10개 성·시 지역총생산(GDP) 추이 (억 위안)")
    assert [row[0] for row in table["rows"]][7:] == ["푸젠성", "상하이시", "후난성", "10개 지역 합계"]
    assert warnings_of(result, "table_row_repeats") == []


def test_a_second_list_after_each_is_handed_out_in_turn_too(corpus_issue):
    # 937 l.119 `신장위구르자치구(…)와 닝샤회족자치구(…)의 선정 건수는 각각 210건, 95건으로 전년보다 12.3%, 8.4% 늘었다.`
    rates = [f for f in figures_at(corpus_issue(937), 119) if f[2] is None and "." in f[1]]
    assert [(f[0], f[1]) for f in rates] == [("신장위구르자치구", "12.3"), ("닝샤회족자치구", "8.4")]
    # 608 l.51 `베이징과 상하이의 소매판매액은 각각 8,100 억 위안, 9,240 억 위안으로 1 년 전보다 1.2%, 0.8% 감소했다.`
    rows = [(f["region_ko"], f["value"]) for f in records_of(corpus_issue(608), "figures") if f["line"] == 51 and f["unit"] == "%"]
    assert rows[:2] == [("베이징", "-1.2"), ("상하이", "-0.8")]
    # 499 l.155 `… 연간 유치액은 2027 년 각각 3 억 9,000 만 달러, 6 억 2,000 만 달러에서 2028 년 3 억 4,000 만 달러, 5 억 1,000 만
    # 달러로`: the second year's amounts in turn as well
    second = [(f["region_ko"], f["value"]) for f in records_of(corpus_issue(499), "figures")
              if f["line"] == 155 and f["year"] == 2028 and f["value"] in ("340000000", "510000000")]
    assert second == [("신장위구르자치구", "340000000"), ("네이멍구자치구", "510000000")]


def test_a_superlative_in_a_second_quotation_ranks_nothing_of_the_first(corpus_issue):
    # 937 l.244 `그는 "위항구의 하드웨어 스타트업은 지난해 3,200곳으로 17.5% 늘었다"며 "부품 공급망이 … 모여 있는 것이 가장 큰
    # 경쟁력"이라고 말했다.`
    assert [(f[0], f[1], f[2]) for f in figures_at(corpus_issue(937), 244)] == [
        ("위항구", "3200", None), ("위항구", "17.5", None)]


def test_a_chinese_name_with_latin_letters_inside():
    # 942 l.171 `▶ 회사: 딥시그널3D(深信3D科技)`
    assert names_at(942, 171) == [("딥시그널3D", "深信3D科技")]
    # 393 l.24 `창장삼각주 G60 과학기술혁신회랑(长三角G60科创走廊)`: the Korean word right before it lacks the `G60` the Chinese
    # holds; the words around the `G60` give the name
    assert names_at(393, 24) == [("창장삼각주 G60 과학기술혁신회랑", "长三角G60科创走廊")]
