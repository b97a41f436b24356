"""A kind of zone glossed in Chinese is no place of its own (`종합시범구(综试区)`), where a zone named after its place is
(`푸둥신구(浦东新区)`, `허페이 고신구(高新区)`); and a share of the nation's whole taken by the top places of a ranking
(`상위 두 곳이 전국 업무량의 43.0%를 처리했다`) is the set's, not the nation's. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.places import glossed_places
from kic_extract.typed.prose_figures import block_to_figures


def test_a_kind_of_zone_is_no_place():
    text = ("국무원은 국경간 전자상거래 종합시범구(综试区)를 추가로 지정했다. 푸둥신구(浦东新区)와 허페이고신구(合肥高新区), "
            "허페이 고신구(高新区)에는 기업이 몰렸다.")
    assert glossed_places(text) == {"푸둥신구": "浦东新区", "허페이고신구": "合肥高新区", "고신구": "高新区"}


def test_a_count_of_zones_across_the_nation(corpus_issue):
    # 1023 l.43 `… 전국의 종합시범구는 165곳에서 170곳으로 늘었다.`: the nation's count, not a place called 종합시범구
    assert figures_at(corpus_issue(1023), 43) == [("전국", "165", None, None, None), ("전국", "170", None, None, None)]


def test_the_top_places_share_of_the_whole(corpus_issue):
    # 1023 l.86: 광둥성 1st, 저장성 2nd, 장쑤성 3rd; `상위 두 곳이 전국 업무량의 43.0%를 처리했다` is the two's share
    assert [(r, v, rank) for r, v, rank, _, _ in figures_at(corpus_issue(1023), 86)] == [
        ("광둥성", "41260000000", 1), ("저장성", "33980000000", 2), ("저장성", "7280000000", None),
        ("장쑤성", "12140000000", 3)]


def test_a_share_taken_by_places_counted_in_words():
    for sentence in ("세 도시가 전국 수출의 40%를 소화했다.", "상위 다섯 곳이 전국 물동량의 52.4%를 처리했다.",
                     "하위 3개 지역의 합계는 전국의 2.1%에 그쳤다."):
        assert block_to_figures(sentence, 2025)[0] == [], sentence
    # the nation's own share is still read (`전국의 23.1%에 해당하는` with no set before it is a share of the region's)
    figures = block_to_figures("광둥성의 수출액은 전국 수출의 23.1%를 차지했다.", 2025)[0]
    assert [(f["region_ko"], f["value"]) for f in figures] == [("광둥성", "23.1")]
