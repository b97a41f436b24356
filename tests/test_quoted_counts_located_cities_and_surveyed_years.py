"""Kinds met in the fifty-third to fifty-fifth rounds (1389 lighters, 1391 adhesives, 1393 buttons and zippers, 1395
fireworks; 1397 cookware, 1399 food containers, 1401 toothpicks and chopsticks, 1403 nail clippers; 1405 razors): a
count inside a
quoted name whose list the next sentence gives (`'5개 지역 특화 거점' 구상도 밝혔다. 대상 지역은 …`); a list closed by `등`
then a band word (`등 상위 4개 지역`); an island glossed (`하이링다오(海陵岛)`); a province locating a city with words
between (`후난성 중부의 현급시 사오둥(邵东)은`); a flow toward a country (`대(對)한국 수출액`); a count spread over the places
listed (`4개 성에 흩어진 6개 산업단지`); a survey's year (`2025년 실시한 … 검사에서는`); a clause closed by an amount and
a comma before a new subject (`12 곳으로, 광둥성이 …`); a city glossed with `시` named bare (`융캉시(永康市)` … `융캉의`)
and a comparator's figure in brackets after its measure (`양장시 칼·가위 산업(865 억 위안)보다`); places under one named
before (`쑤저우시(苏州市) 관할이 쿤산·장자강·창수 3 곳`); and a bound whose verb describes the country after it (`40%를 넘는
한국에`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.pdf.wraps import join_text


def test_a_count_in_a_quoted_name_is_checked_against_the_list_after_it(corpus_issue):
    # 1393 l.107: `… 묶는 '5개 지역 특화 거점' 구상도 밝혔다. 대상 지역은 단추의 차오터우진, 지퍼의 어우하이구(瓯海区), 금속
    # 부자재의 룽완구(龙湾区), 포장재의 웨칭시(乐清市)다.`
    assert [(line, message.split(" but ")[0]) for line, message in warnings_of(corpus_issue(1393), "count_mismatch")] == [
        (107, "the text says 5개 지역")]


def test_a_list_closed_by_etc_and_a_band_word_is_checked_when_longer_than_its_count(corpus_issue):
    # 1391 l.98: `광둥성·장쑤성·저장성·산둥성·상하이 등 상위 4개 지역에 전국 생산 능력의 대부분이 몰려 있다.`
    assert warnings_of(corpus_issue(1391), "count_mismatch") == [
        (98, "the text says 4개 지역 but lists 5: 광둥성, 장쑤성, 저장성, 산둥성, 상하이")]


def test_an_island_glossed_is_a_place_of_a_list(corpus_issue):
    # 1403 l.108: `양둥구·장청구·양춘시·양시현·하이링다오(海陵岛) 6 개 지역을 … 특화 구역으로 지정하고`
    assert warnings_of(corpus_issue(1403), "count_mismatch") == [
        (108, "the text says 6개 지역 but lists 5: 양둥구, 장청구, 양춘시, 양시현, 하이링다오(海陵岛)")]


def test_the_islands_off_a_mainland_are_no_place(corpus_issue):
    # 1145 l.45: `하이난(海南)의 리다오(离岛) 면세 시장이 … 2024년 하이난 리다오 면세 판매액은 309억 4,000만 위안으로 …`
    assert {f[0] for f in figures_at(corpus_issue(1145), 45)} == {"하이난"}


def test_a_province_locating_a_city_with_words_between_leaves_the_city_the_subject(corpus_issue):
    # 1389 l.96: `후난성 중부의 현급시 사오둥(邵东)은 바다에 닿지 않은 내륙 도시다. 기름 한 방울 나지 않지만 2025년 한 해 동안
    # 150억 개가 넘는 라이터를 생산해 세계 일회용 라이터 수요의 약 70%를 채웠다.`
    assert figures_at(corpus_issue(1389), 96) == [("사오둥", "15000000000", None, "min", 2025),
                                                  ("사오둥", "70", None, None, 2025)]


def test_a_country_a_flow_is_toward_owns_none_of_it(corpus_issue):
    # 1389 l.314: `… 2025년 사오둥시의 대(對)한국 라이터 수출액은 1,860만 달러로 전년보다 12.4% 늘었다.`
    assert figures_at(corpus_issue(1389), 314) == [("사오둥시", "18600000", None, None, 2025),
                                                   ("사오둥시", "12.4", None, None, 2025)]


def test_a_count_spread_over_the_places_listed_is_none_of_theirs(corpus_issue):
    # 1389 l.255: `중국 라이터·점화용품 산업은 후난성, 저장성, 광둥성, 장시성 4개 성에 흩어진 6개 산업단지를 축으로 움직인다.`
    assert not {f[0] for f in figures_at(corpus_issue(1389), 255)} & {"후난성", "저장성", "광둥성", "장시성"}


def test_the_year_a_survey_was_made_in_dates_what_it_found(corpus_issue):
    # 1389 l.135: `총국이 2025년 실시한 라이터 품질 추출검사에서는 … 전국 불합격률은 4.8%로 전년보다 1.3%p 낮아졌다.`
    assert figures_at(corpus_issue(1389), 135)[-2:] == [("전국", "4.8", None, None, 2025), ("전국", "-1.3", None, None, 2025)]


def test_an_amount_and_a_comma_close_a_clause_before_a_new_subject(corpus_issue):
    # 1403 l.156: `… 국가급 특색 산업 클러스터는 12 곳으로, 광둥성이 4 곳으로 가장 많고 저장성 3 곳, 장쑤성 2 곳 순이다.`
    assert figures_at(corpus_issue(1403), 156)[:4] == [
        ("전국", "12", None, None, 2024), ("광둥성", "4", 1, None, 2024), ("저장성", "3", 2, None, 2024),
        ("장쑤성", "2", 3, None, 2024)]


def test_a_city_glossed_with_si_is_named_bare_and_a_comparators_figure_follows_its_measure(corpus_issue):
    # 1403 l.254: `저장성 중부의 융캉시(永康市)는 …`; l.256: `융캉의 철물 생산액은 양장시 칼·가위 산업(865 억 위안)보다 635 억 위안
    # 이상 많다. 다만 미용 도구만 놓고 보면 융캉이 약 118 억 위안으로 양장시(204 억 위안)에 크게 못 미친다.`
    assert [(f[0], f[1], f[3]) for f in figures_at(corpus_issue(1403), 256)] == [
        ("양장시", "86500000000", None), ("융캉", "63500000000", "min"), ("융캉", "11800000000", None),
        ("양장시", "20400000000", None)]


def test_a_bound_whose_verb_describes_the_country_after_it_is_that_countrys(corpus_issue):
    # 1405 l.206: `2025 년 기준 중국의 가구당 정수기 보급률은 27.5%로, 40%를 넘는 한국에 크게 못 미친다.`
    assert figures_at(corpus_issue(1405), 206)[:2] == [("중국", "27.5", None, None, 2025), ("한국", "40", None, "min", 2025)]


def test_places_under_one_named_before_leave_it_the_count(corpus_issue):
    # 1091 l.56: `2025 년 상위 10 곳 가운데 쑤저우시(苏州市) 관할이 쿤산·장자강·창수 3 곳, 우시시(无锡市) 관할이 장인·이싱 2 곳으로,
    # …`, the issue glossing 쿤산시(昆山市), 장자강시(张家港市) and 장인시(江阴市) before
    assert [(f[0], f[1]) for f in figures_at(corpus_issue(1091), 56)] == [("쑤저우시", "3"), ("우시시", "2")]


def test_a_wrap_before_a_one_syllable_word_glossed_with_its_character_keeps_the_space():
    # 1389 printed by Ghostscript: `… 기대하고 있다. 반면 개당 수익이 몇` | `펀(分)에 불과한 일회용 라이터 업체들은 …`
    left, right = "수월해질 것으로 기대하고 있다. 반면 개당 수익이 몇", "펀(分)에 불과한 일회용 라이터 업체들은 원가 부담을 우려하고 있다."
    assert join_text(left, right, True, "본문 줄") == f"{left} {right}"
