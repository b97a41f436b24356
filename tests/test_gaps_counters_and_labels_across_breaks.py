"""Shapes 945–948 showed at first sight (two writers of a new round; 946 a layout of its own) and earlier issues share:
a row's label alone before a page break, its figures after it; a gap right after the region it is compared with; a rank
describing the region before the rate is named; `다음이어서`; a counter opening a longer word (`39 회계연도`) or closed by
the copula (`240개다`); a count's list named as it with no comma; a region's measure with no particle before its
amount; a look back (`2034 년만 해도`) dating its own clause; the month figures were released by; a total of whole
numbers printed without their zeros; and a grand total explained by its row. Values read by hand from the issues'
lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_rows_label_alone_before_a_page_break_takes_its_figures_after_it(corpus_issue):
    # 948 l.52–60 `베이징	5,380	7.55	6.2` / `산둥성` / page furniture / `4,870	3.19	8.8` / `상하이	3,620	4.60	6.9`
    result = corpus_issue(948)
    table = next(t for t in records_of(result, "tables") if t["title"] == "표 1) 2037년 R&D 경비 상위 10개 지역")
    assert [r[0] for r in table["rows"]] == ["광둥성", "장쑤성", "저장성", "베이징", "산둥성", "상하이", "후베이성", "안후이성",
                                             "쓰촨성", "허난성", "10개 지역 합계"]
    assert table["rows"][4] == ["산둥성", "4,870", "3.19", "8.8"]
    amounts = {(a["row_label"], a["column"]): (a["value"], a["unit"]) for a in records_of(result, "amounts")
               if a["table_id"] == table["table_id"]}
    assert amounts[("산둥성", 2)] == ("487000000000", "위안")
    assert amounts[("허난성", 3)] == ("2.46", "%")
    # l.66 `10 개 지역 합계	49,000`: the ten rows add up to it, so no total is warned (l.112's is the issue's own fault)
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [112]


def test_a_gap_right_after_the_region_compared_with_is_unranked_and_the_level_takes_the_rank(corpus_issue):
    # 945 l.72 `쓰촨성은 8 조 9,980 억 위안을 기록해 허난성보다 350 억 위안 많은 5 위로 뛰어올랐고, 허난성(8 조 9,630 억 위안)은 6 위로`
    assert [f for f in figures_at(corpus_issue(945), 72) if f[0] in ("쓰촨성", "허난성")] == [
        ("쓰촨성", "8998000000000", 5, None, 2037), ("쓰촨성", "35000000000", None, None, 2037),
        ("허난성", "8963000000000", 6, None, 2037)]
    # 947 l.73 `쓰촨성이 9 조 8,620 억 위안으로 허난성보다 780 억 위안 많아 처음으로 5 위에 올라섰고, 한 계단 내려앉아 6 위가 된
    # 허난성은 9 조 7,840 억 위안에 성장률도 4.9%에 머물러`: a rank describing the region ranks its level, not the rate named after
    assert figures_at(corpus_issue(947), 73) == [
        ("쓰촨성", "9862000000000", 5, None, 2037), ("쓰촨성", "78000000000", None, None, 2037),
        ("허난성", "9784000000000", 6, None, 2037), ("허난성", "4.9", None, None, 2037)]


def test_next_as_a_copula_before_a_clause(corpus_issue):
    # 948 l.76 `… 베이징이 2 만 4,600 위안으로 가장 많았고 상하이가 1 만 4,600 위안으로 다음이어서, …`
    assert [f for f in figures_at(corpus_issue(948), 76) if f[1] in ("24600", "14600")] == [
        ("베이징", "24600", 1, None, 2037), ("상하이", "14600", 2, None, 2037)]


def test_a_counter_opening_a_longer_word_counts_nothing_and_one_closed_by_the_copula_counts(corpus_issue):
    # 946 l.85 `홍콩특별행정구 정부는 2038/39 회계연도 예산안에서 …`: no `39 회`
    assert figures_at(corpus_issue(946), 85) == [("홍콩특별행정구", "5230", None, None, 2037),
                                                 ("홍콩특별행정구", "8.4", None, None, 2037)]
    # 321 l.97 `하이커우시와 싼야시를 합하면 1월 신규 외자기업은 240개다.`
    assert ("하이커우시와 싼야시", "240", None, None, 2026) in figures_at(corpus_issue(321), 97)


def test_a_count_whose_list_follows_with_no_comma_named_as_it(corpus_issue):
    # 947 l.120 `… 새로 명단에 오른 지역은 4 곳으로 안후이성, 후베이성, 쓰촨성이 여기에 해당하며, …`
    assert warnings_of(corpus_issue(947), "count_mismatch") == [
        (120, "the text says 4곳 but lists 3: 안후이성, 후베이성, 쓰촨성")]


def test_a_regions_measure_before_its_amount_and_a_count_of_the_places_a_figure_is_in(corpus_issue):
    # 947 l.130 `… 방안의 최종 목표로 2040 년 광시좡족자치구 디지털 무역액 2,000 억 위안 돌파를 제시했다.`
    assert ("광시좡족자치구", "200000000000", None, "min", 2040) in figures_at(corpus_issue(947), 130)
    # 947 l.255 `3 월 현재 상하이 지역 3 개 거점에만 591 개사가 입주해 전체 입주 기업의 38.9%를 차지하고 …`
    assert figures_at(corpus_issue(947), 255) == [
        ("상하이", "591", None, None, 2038), ("상하이", "38.9", None, None, 2038), ("상하이", "20", None, "min", 2038)]
    # 946 l.61 `… 8 대 국가 허브는 징진지(京津冀), …, 닝샤이며, 그 아래에서 10 개 데이터센터 클러스터가 가동 중이다.`: the set's
    assert figures_at(corpus_issue(946), 61) == []


def test_a_look_back_dates_its_own_clause_and_a_release_month_dates_nothing(corpus_issue):
    # 947 l.71 `“지난해 광둥성 GDP 는 … 많은 수준이었는데, 2034 년만 해도 1 조 위안을 웃돌던 격차가 … 설명하면서, 광둥성이 …
    # 비중 역시 10.2%로 전년보다 0.1%p 낮아졌다고 덧붙였다.`
    assert figures_at(corpus_issue(947), 71) == [
        ("광둥성", "708000000000", None, None, 2037), ("광둥성", "1000000000000", None, "min", 2034),
        ("광둥성", "10.2", None, None, 2037), ("광둥성", "-0.1", None, None, 2037)]
    # 947 l.43 `31 개 성·자치구·직할시가 3 월 초까지 확정치를 모두 공개하면서 …, 경제 규모 상위 3 곳은 광둥성(…), …`, under the
    # heading `2037 년 31 개 성 경제 성적표`
    assert [f[4] for f in figures_at(corpus_issue(947), 43)] == [2037, 2037, 2037]


def test_totals_of_figures_printed_without_their_zeros_and_a_grand_total_its_row_explains(corpus_issue):
    # 943 l.160–165 `12.5`, `6.8`, `4.2`, `3.6`, `3` (3.0), `합계 31.1`: the parts add up to 30.1
    assert warnings_of(corpus_issue(943), "total_mismatch") == [
        (165, "kic-china-weekly-943/t07 합계 금액(억 위안): printed 31.1, but its 5 parts add up to 30.1")]
    # 944 l.87–92: the 2039 column adds up to 144, not 146; the grand total 269 adds up along its row (123 + 146)
    assert warnings_of(corpus_issue(944), "total_mismatch") == [
        (92, "kic-china-weekly-944/t03 합계 2039년: printed 146, but its 4 parts add up to 144")]


def test_a_counter_after_a_figure_ends_its_word_at_a_page_break(corpus_issue):
    # 760 l.30–34 `… 하얼빈시(哈尔滨市)의 상주인구는 같은 기간 4 만 3,000 명` / page furniture / `줄어 동북 지역 …`
    sections = records_of(corpus_issue(760), "sections")
    text = next(b["text"] for s in sections for b in s["blocks"] if "하얼빈시(哈尔滨市)의 상주인구" in b["text"])
    assert "같은 기간 4만 3,000명 줄어 동북 지역" in text
    assert ("하얼빈시", "-43000", None, None, 2034) in figures_at(corpus_issue(760), 30)
