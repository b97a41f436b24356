"""A share a flow from or to a place holds of the nation's whole is the place's (`홍콩(香港)발 투자는 중국 본토 실제사용
외자의 68.3%를 차지해`), not the nation's, whose whole it is measured against; the whole may take a few words before its
`의` (`중국 본토 실제사용 외자의`). Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(sentence: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(sentence, 2025)[0]]


def test_a_flows_share_of_the_nations_whole(corpus_issue):
    # 1033 l.44: `홍콩(香港)발 투자는 중국 본토 실제사용 외자의 68.3%를 차지해` (the rates before it are the origins')
    assert figures_at(corpus_issue(1033), 44)[-1] == ("홍콩", "68.3", None, None, 2025)
    assert _read("일본(日本)발 투자는 중국 제조업 외국인직접투자의 9.4%를 차지했다.") == [("일본", "9.4", "%", None)]
    assert _read("한국행 수출은 중국 전체 수출의 4.5%에 그쳤다.") == [("한국", "4.5", "%", None)]


def test_a_whole_of_three_words_is_still_the_whole():
    assert _read("광둥성은 중국 본토 수출입 총액의 20.1%를 차지해 1위를 지켰다.") == [("광둥성", "20.1", "%", 1)]
    # the nation's own figure is still its own where nothing else is named (a fall is signed)
    assert _read("중국의 실제사용 외자는 8,262억 위안으로 27.1% 줄었다.") == [
        ("중국", "826200000000", "위안", None), ("중국", "-27.1", "%", None)]


def test_a_flow_named_in_two_words_goes_on_into_its_next_clause(corpus_issue):
    # 1037 l.58–63 (a sentence cut by a page break): `특히 한국행 항공권 예약은 단체관광 재개와 K-콘텐츠 인기에 힘입어
    # 지난 | 해보다 38% 늘었다`
    assert ("한국", "38", None, None, 2024) in figures_at(corpus_issue(1037), 58)
    assert _read("일본행 단체 여행 예약은 엔저에 힘입어 지난해보다 52% 늘었다.") == [("일본", "52", "%", None)]


def test_a_province_and_its_city_rank_in_no_one_list(corpus_issue):
    # 911 l.151: `안후이성의 … GDP 는 8 조 1,400 억 위안으로, … 성내 2 위 도시인 우후시(芜湖市)도 9,000 억 위안을 넘어섰다`:
    # the province is no first place of its own cities' ranking
    assert figures_at(corpus_issue(911), 151)[:3] == [("안후이성", "8140000000000", None, None, 2036),
                                                      ("허페이시", "31.2", None, None, 2036),
                                                      ("우후시", "900000000000", 2, "min", 2036)]
    assert [f[3] for f in _read("광둥성의 GDP는 14조 위안이다. 성내 2위 도시인 광저우시는 3조 1,000억 위안이었다.")] == [None, 2]
    # cities and municipalities still rank together (`3위 선전시` makes the two before it first and second)
    assert [f[3] for f in _read("상하이시는 5조 위안, 베이징시는 4조 9,000억 위안이었다. 3위 선전시는 3조 6,000억 위안이었다.")] == [
        1, 2, 3]


def test_a_topic_a_flow_only_describes_is_not_the_flow():
    assert _read("한국행 노선을 늘린 항공사는 엔저에 힘입어 지난해보다 52% 늘었다.") == []
