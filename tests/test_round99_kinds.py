"""Round 99 of unseen issues (1757 socks and hosiery, 1759 fishing rods and tackle, 1761 massage chairs, 1763 hearing aids
and wheelchairs), written to the harder brief and scored once before anything was changed for them: the kinds they
showed, each asserted with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_regions import sentence_regions


def test_another_measure_named_alone_goes_on_with_the_firms_qualified(corpus_issue):
    # 1757 l.43 `… 전국 규모 이상 양말 기업의 영업수입은 1,037억 위안으로 2.1% 늘었고, 이윤총액은 52억 위안으로 4.8% 줄었다`
    assert figures_at(corpus_issue(1757), 43)[-4:] == [
        ("전국", "103700000000", None, None, 2025), ("전국", "2.1", None, None, 2025),
        ("전국", "5200000000", None, None, 2025), ("전국", "-4.8", None, None, 2025)]


def test_ordinals_of_the_one_passed_and_the_one_moved_down(corpus_issue):
    # 1759 l.60 `미국이 9억 8,000만 달러로 여전히 최대 시장이었다. 다음으로 한국이 4억 3,000만 달러어치를 사들여 일본(4억
    # 1,000만 달러)을 근소하게 제치고 두 번째 시장에 올랐다. 세 번째로 밀려난 일본에 이어 독일과 호주가 각각 2억 6,000만
    # 달러, 1억 9,000만 달러로 4~5위권을 형성했다`
    assert figures_at(corpus_issue(1759), 60) == [
        ("미국", "980000000", 1, None, 2025), ("한국", "430000000", 2, None, 2025), ("일본", "410000000", 3, None, 2025),
        ("독일", "260000000", 4, None, 2025), ("호주", "190000000", 5, None, 2025)]


def test_an_exact_share_in_a_clause_of_its_own_ranks_beside_its_level(corpus_issue):
    # 1759 l.172 `2025년 산둥성은 15억 4,000만 달러를 수출해 전국의 36.4%를 차지하며 1위를 지켰다`
    assert figures_at(corpus_issue(1759), 172)[:2] == [("산둥성", "1540000000", 1, None, 2025), ("산둥성", "36.4", 1, None, 2025)]
    # (not a bound one: 1115 l.50 `25만 3,000대를 생산해 전국 생산량의 40% 이상을 차지하며 5년째 1위를`)
    assert figures_at(corpus_issue(1115), 50)[:2] == [("광둥성", "253000", 1, None, 2025), ("광둥성", "40", None, "min", 2025)]


def test_a_place_glossed_elsewhere_is_not_the_city_its_name_opens_with(corpus_issue):
    # 1761 l.89 `… 닝보 항저우만신구(杭州湾新区)에 … 이를 통해 항저우만신구의 부품 현지 조달률을 2024년 45%에서 2027년 70%로`
    assert [(r.written, r.zh) for r in sentence_regions("항저우만신구의 조달률을 45%에서", {"항저우만신구": "杭州湾新区"})] == [
        ("항저우만신구", "杭州湾新区")]
    assert figures_at(corpus_issue(1761), 89) == [("항저우만신구", "45", None, None, 2024), ("항저우만신구", "70", None, None, 2027)]


def test_a_leading_firm_ranks_no_place(corpus_issue):
    # 1761 l.220 `업계 선두권 기업인 아오자화가 본사를 둔 곳도 샤먼이다. 2024년 샤먼의 안마의자 생산량은 780만 대를 넘어섰다`
    assert figures_at(corpus_issue(1761), 220)[0] == ("샤먼", "7800000", None, "min", 2024)


def test_a_number_of_ten_thousands_and_more_closes_no_clause(corpus_issue):
    from kic_extract.typed.gdp import split_clauses

    # 1757 l.222 `2024년 말 기준 샤오베이허진에는 양말 공장 200여 개가 가동 중이며 종사자는 2만여 명에 이른다`
    assert [c for c, _ in split_clauses("종사자는 2만여 명에 이른다.")] == ["종사자는 2만여 명에 이른다."]
    assert figures_at(corpus_issue(1757), 222)[:2] == [
        ("샤오베이허진", "200", None, None, 2024), ("샤오베이허진", "20000", None, None, 2024)]
