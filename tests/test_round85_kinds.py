"""Round 85 of unseen issues (1645 desk calculators, 1647 business card holders, 1649 knitting needles, 1651 glasses
cases), written to the harder brief and scored once before anything was changed for them: the kinds they showed, each
asserted with the values a reader takes from the line quoted."""

from __future__ import annotations

import datetime as dt

from conftest import figures_at

from kic_extract.typed.prose_years import years_in


def test_a_country_read_only_in_context_is_named_by_a_flow_to_it(corpus_issue):
    # 1645 l.65: `… 다만 미국행 물량은 관세 부담으로 11.6% 감소한 반면 인도행은 19.3% 늘어, 인도는 미국과의 격차를 730 만
    # 대로 좁혔다.`
    assert figures_at(corpus_issue(1645), 65)[2:4] == [("미국", "-11.6", None, None, 2025), ("인도", "19.3", None, None, 2025)]


def test_places_combined_by_the_topic_and_a_rank_after_one_describing_the_region(corpus_issue):
    issue = corpus_issue(1645)
    # l.124: `광둥성은 선전·둥관·산터우 세 도시를 합쳐 1 억 1,700 만 대를 생산해 성 단위로는 여전히 가장 많았다.`
    assert figures_at(issue, 124)[0] == ("광둥성", "117000000", 1, None, 2024)
    # l.130: `규모로는 8 위에 그친 간저우(赣州)가 증가율에서는 36.8%로 단연 1 위였다. 샤먼(5.3%)이 두 번째, …`
    assert figures_at(issue, 130)[:2] == [("간저우", "36.8", 1, None, 2024), ("샤먼", "5.3", 2, None, 2024)]


def test_the_rest_of_the_countries_hold_no_listed_ones_figure_and_a_price_first_by_being_dearest(corpus_issue):
    issue = corpus_issue(1647)
    # l.119: `… 영국은 하반기 698만 달러로 …. 주요 수출국 4곳은 …, 영국이며, 나머지 100여 개 국가·지역이 1억 1,275만 달러를
    # 나눠 가졌다.`
    assert figures_at(issue, 119)[-1] == ("영국", "6980000", None, None, 2025)
    # l.121: `… 일본은 개당 9.2달러로 주요국 가운데 가장 비싼 제품을 들여갔다.`
    assert figures_at(issue, 121)[1] == ("일본", "9.2", 1, None, 2025)
    # l.181: `다만 중국의 수출은 2028년에도 3억 달러에 못 미칠 것으로 예상된다.`
    assert figures_at(issue, 181)[1] == ("중국", "300000000", None, "max", 2028)


def test_a_decade_is_no_year():
    # 1647 l.83: `저장성 닝보시 닝하이현(宁海县)은 1980년대 말 가내 작업장에서 출발해 …`
    day = dt.date(2025, 11, 19)
    assert years_in("닝하이현은 1980년대 말 가내 작업장에서 출발해 성장했다", day) == []
    assert years_in("'90년대 후반부터, 2024년 매출은", day) == [(12, 2024)]


def test_last_of_a_set_described_and_figures_that_came_from_or_work_in_a_place(corpus_issue):
    issue = corpus_issue(1649)
    # l.43: `… 산둥성(山东省)은 9.8%로 네 번째였으며, 상위 다섯 개 성 가운데 비중이 가장 작은 곳은 6.1%의 푸젠성(福建省)이었다.`
    assert figures_at(issue, 43)[3:] == [("산둥성", "9.8", 4, None, 2025), ("푸젠성", "6.1", 5, None, 2025)]
    # l.47: `… 종사자는 2024년 말 11만 명 안팎으로 추산됐고, 이 가운데 4만 6,000명이 저장성에서 일한다.`
    assert figures_at(issue, 47)[1] == ("저장성", "46000", None, None, 2024)
    # l.111: `2022년만 해도 수입 바늘의 38%가 독일에서 들어왔지만, …`
    assert figures_at(issue, 111)[2] == ("독일", "38", None, None, 2022)


def test_an_ordinal_market_and_a_passed_regions_figure_in_brackets(corpus_issue):
    issue = corpus_issue(1651)
    # l.46: `… 인도는 2,140만 달러로 41.2% 급증하며 다섯 번째 시장으로 올라섰다.`
    assert figures_at(issue, 46)[4] == ("인도", "21400000", 5, None, 2025)
    # l.121: `단양시는 샤먼시(5.2%)를 앞질러 4위를 지켰다.`: 단양시's rank, no figure of its own
    assert figures_at(issue, 121)[2] == ("샤먼시", "5.2", None, None, 2024)
