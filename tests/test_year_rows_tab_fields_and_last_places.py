"""Shapes 949–952 showed at first sight (two writers of a new round: tables on several pages, another extraction
tool's furniture, rankings told many ways): a table whose rows are years, card fields a tab apart, a row's last cell
alone on the next page, last place in a set of any noun counted with `개`, a short name of a region made of several
(`웨강아오`), the nation as the whole a share is of, a year a thing was started in, and a count's list closed by the
copula after a place ending in `이`. Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_table_whose_rows_are_years_takes_them_for_its_row_labels(corpus_issue):
    # 950 l.122–126 `연도	마카오 자본 기업	기타 외자 기업	내자 기업	계` / `2035 년	5,812	1,204	48,960	55,976` …, under `단위: 개사`
    result = corpus_issue(950)
    amounts = [(a["row_label"], a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts")
               if a["line"] == 124]
    assert amounts == [("2035년", "마카오 자본 기업", "5812", "개사"), ("2035년", "기타 외자 기업", "1204", "개사"),
                       ("2035년", "내자 기업", "48960", "개사"), ("2035년", "계", "55976", "개사")]
    # each year's 계 is the sum of its three parts: only the issue's own faults are warned
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [197]


def test_a_rows_last_cell_alone_on_the_next_page_and_its_group_filled_down(corpus_issue):
    # 951 l.125–134 `\t닝보경제기술개발구(宁波经济技术开发区)` / page furniture / `석유화학·신소재` / `산둥성(山东省)\t칭다오…` /
    # `\t옌타이경제기술개발구(烟台经济技术开发区)\t수소에너지`
    rows = [r for t in records_of(corpus_issue(951), "tables") for r in t["rows"]]
    assert ["저장성(浙江省)", "닝보경제기술개발구(宁波经济技术开发区)", "석유화학·신소재"] in rows
    assert ["산둥성(山东省)", "옌타이경제기술개발구(烟台经济技术开发区)", "수소에너지"] in rows
    assert not any(r[:1] == ["석유화학·신소재"] for r in rows)


def test_card_fields_a_tab_apart_are_a_card_not_a_table(corpus_issue):
    # 949 l.233–236 `■ G9바이오(吉九生物)` / `설립: 2029 년 11 월\t본사: 선전 광밍구(光明区)` / `대표: 량하오(梁昊)\t분야: …` /
    # `누적 투자: 1억 2,000만 달러 이상`
    result = corpus_issue(949)
    card = next(c for c in records_of(result, "companies") if c["name"] == "G9바이오")
    assert (card["name_zh"], card["funding_value"], card["funding_unit"], card["funding_bound"],
            card["funding_cumulative"]) == ("吉九生物", 120000000, "달러", "min", True)
    assert not any((r[0] or "").startswith("대표") for t in records_of(result, "tables") if t["kind"] != "company_card"
                   for r in t["rows"])


def test_last_place_in_a_set_counted_with_any_noun_and_a_short_name_of_a_region_of_several(corpus_issue):
    result = corpus_issue(952)
    # l.73 `… 반면 지린성은 1.9% 증가에 그쳐 31개 지역 가운데 맨 아래에 자리했고, …`
    assert ("지린성", "1.9", 31, None, 2038) in figures_at(result, 73)
    # l.204 `… 징진지는 27.0%로 8개 허브 가운데 가장 낮았다.`
    assert ("징진지", "27", 8, None, 2037) in figures_at(result, 204)
    # l.202 `… 웨강아오는 25.1 EFLOPS로 3위에 자리했다.`
    assert ("웨강아오", "25.1", 3, None, 2037) in figures_at(result, 202)


def test_the_nation_as_the_whole_of_a_share_leaves_the_share_to_the_region_before(corpus_issue):
    # 951 l.66 `1위 광둥성의 1분기 GDP는 3조 6,820억 위안이었다. 전국 GDP에서 차지하는 비중은 10.8%로, 지난해 같은 기간보다
    # 0.1%p 낮아졌다.`
    assert figures_at(corpus_issue(951), 66)[:3] == [
        ("광둥성", "3682000000000", 1, None, 2038), ("광둥성", "10.8", None, None, 2038), ("광둥성", "-0.1", None, None, 2038)]


def test_the_year_something_was_started_in_dates_nothing_after_it(corpus_issue):
    # 952 l.110 `… 1992년 상하이 푸둥신구(浦东新区) 지정으로 시작된 국가급 신구는 현재 19곳으로 늘었으며, …` opens the article;
    # l.129 `외자 이용에서는 푸둥신구가 112억 4,000만 달러로 1위, …` names no year
    figures = figures_at(corpus_issue(952), 129)
    assert ("푸둥신구", "11240000000", 1) in [f[:3] for f in figures]
    assert 1992 not in [f[4] for f in figures]


def test_a_counts_list_closed_by_the_copula_after_a_place_ending_in_i(corpus_issue):
    # 952 l.142 `1분기 투자 건수 기준으로 상위권을 형성한 도시는 4곳으로, 상하이·항저우·쑤저우·난징·허페이다.`
    assert warnings_of(corpus_issue(952), "count_mismatch") == [
        (142, "the text says 4곳 but lists 5: 상하이, 항저우, 쑤저우, 난징, 허페이")]
