"""A region said to do something alone (`광둥성 한 곳이`, `항저우 한 도시가`) holds its figure; `한 곳` is one place, not a
set of places a figure describes (`5%에 못 미친 지역은`). Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_one_place_is_the_region_itself(corpus_issue):
    # 988 l.44 `광둥성 한 곳이 지방 일반공공예산수입의 14.5%를 차지한 셈이다.`
    assert ("광둥성", "14.5", None, None, 2038) in figures_at(corpus_issue(988), 44)
    # 986 l.78 `청두 한 곳이 138 억 위안을 유치해 쓰촨성 전체 투자액의 85.2%를 차지했고, …`
    figures = figures_at(corpus_issue(986), 78)
    assert ("청두", "13800000000", None, None, 2038) in figures and ("청두", "85.2", None, None, 2038) in figures
    # 985 l.75 `… 항저우(杭州) 한 도시가 성 전체 투자액의 80% 이상을 차지하는 구조가 이어졌다.`
    assert ("항저우", "80", None, "min", 2038) in figures_at(corpus_issue(985), 75)
    # 400 l.85 `5위 저장성(617억 위안)에서는 항저우시(杭州市) 한 곳이 412억 위안을 끌어모았다.`
    assert ("항저우시", "41200000000", None, None, 2026) in figures_at(corpus_issue(400), 85)


def test_firms_a_nation_qualifies_in_a_compound(corpus_issue):
    # 993 l.291 `2038 년 말 기준 광둥성에 진출한 한국계 투자기업은 모두 2,870 곳이며, …`: the count is of the firms in 광둥성
    assert ("광둥성", "2870", None, None, 2038) in figures_at(corpus_issue(993), 291)
    # 994 l.282 `… 칭다오에 등록된 한국계 투자기업은 모두 4,310 곳으로 …`
    assert ("칭다오", "4310", None, None, 2038) in figures_at(corpus_issue(994), 282)
    # 513 l.147 `… 홍콩특별행정구(香港特别行政区) 증시에 신규 상장한 중국 기술기업은 아홉 곳으로, 1~10월 누적 58곳에 달했다.`
    assert ("홍콩특별행정구", "58", None, None, 2029) in figures_at(corpus_issue(513), 147)


def test_a_regions_measure_raised_to_a_target_is_that_regions(corpus_issue):
    # 993 l.266 `청두시는 <톈푸신구 …>을 통해 2040 년까지 톈푸신구의 GDP 를 8,000 억 위안 이상으로 키우고, …`
    assert ("톈푸신구", "800000000000", None, "min", 2040) in figures_at(corpus_issue(993), 266)
    # 468 l.105 `광둥성은 2030 년까지 선전시의 GDP 를 5조 위안 이상으로 끌어올리고, …`
    assert ("선전시", "5000000000000", None, "min", 2030) in figures_at(corpus_issue(468), 105)
