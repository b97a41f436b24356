"""Kinds met in a forty-seventh round (1341 fishing tackle, 1343 bedding, 1345 art auctions and antiques, 1347 baby
products): the order of children (`둘째와 셋째 자녀에게`) that ranks nothing; a road named after a city (`선양다오(沈阳道)
거리`), no city, the copula's `다` closing a name only at its word's end; a count broken down by place in the next sentence (`…
모두 438곳이다. 지역별로는 베이징 62곳, …, 허난성 37곳 순으로 많았다`) that is no list of it, while places each counted
in another noun (`다섯 개 지역에서 나왔다. 베이징 6 개, …`) still are; an association named after its country and its
trade (`중국가구협회`, 가구 opening with the particle 가), no region; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of
from kic_extract.gazetteer import EVERY_LEVEL, find_regions
from kic_extract.typed.stated_ranks import stated_ranks


def test_the_order_of_children_ranks_nothing(corpus_issue):
    # 1347 l.77: `판즈화는 2021년 7월부터 둘째와 셋째 자녀에게 세 살이 될 때까지 매월 500위안을 지급해 …`
    assert figures_at(corpus_issue(1347), 77) == [("판즈화", "500", None, None, 2021)]
    # (two ranks joined still are: `두 번째와 세 번째 자리를`)
    assert stated_ranks("둘째와 셋째 자녀에게") == [] and stated_ranks("두 번째와 세 번째 자리를 지켰다") == [2, 3]


def test_a_road_named_after_a_city_is_no_city(corpus_issue):
    # 1345 l.139: `… 톈진 허핑구(和平区)의 선양다오(沈阳道) 거리에도 400곳이 넘는 상점이 모여 있다.`
    assert ("허핑구", "400", None, "min", 2023) in figures_at(corpus_issue(1345), 139)
    assert [m.written for m in find_regions("선양다오(沈阳道) 거리에도, 선양다.", EVERY_LEVEL)] == ["선양"]


def test_a_count_broken_down_by_place_is_no_list_of_it(corpus_issue):
    result = corpus_issue(1345)
    # l.190: `… 전국의 골동품·문물 전문시장은 모두 438곳이다. 지역별로는 베이징 62곳, 산둥성 48곳, 장쑤성 41곳, 허난성 37곳
    # 순으로 많았다.`: the leaders of 438, ranked; l.137's seven cities listing six is the issue's one count_mismatch
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [137]
    assert figures_at(result, 190)[:5] == [("전국", "438", None, None, 2023), ("베이징", "62", 1, None, 2023),
                                           ("산둥성", "48", 2, None, 2023), ("장쑤성", "41", 3, None, 2023),
                                           ("허난성", "37", 4, None, 2023)]
    # 650 l.87: `… 15 개 기업은 다섯 개 지역에서 나왔다. 베이징 6 개, 상하이 4 개, 광둥 3 개, 쓰촨 2 개 순이다.`: firms counted in
    # each of the places listed, four for five
    assert [line for line, _ in warnings_of(corpus_issue(650), "count_mismatch")] == [87]


def test_an_association_named_after_its_country_and_trade_is_no_region(corpus_issue):
    # 1343 l.265: `중국의 가구·침구 산업은 … 발전해 왔다. 중국가구협회가 인증한 '특색 가구 산업 클러스터'는 2024년 말 기준 60곳이
    # 넘는다.`: the association's count, no country's
    assert figures_at(corpus_issue(1343), 265) == []
