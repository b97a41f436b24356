"""Kinds met in the eighth round's last three issues (1043 data centres, 1045 ports and trade, 1047 housing), each read
by hand from the lines named:

- a place named after two cities, glossed (`닝보저우산(宁波舟山)`), and the Beibu Gulf region (`베이부완(北部湾)`) are regions;
- a rank stated for one measure (`선전은 건수로는 2 위였지만`) ranks no figure of another (`건당 평균 투자액이 8,000 만 위안`);
- a region passing another takes its rank on its level, not on the change beside it (`산둥성은 6.4% 늘어난 3 조 5,960 억
  위안으로 베이징을 제치고 5 위로`);
- the firms of a place are the subject of the clause after (`상하이 기업이 약 24 억 위안을 유치해 | 전체의 38.7%를`), as
  those located there were, but not a country's firms;
- the region a multiple is measured from (`광둥성 증가율(4.1%)의 5 배를 웃도는 수준이다`) is no topic the next sentence goes
  on about;
- a count's list of places may hold one unknown to the gazetteer and names glossed with their Chinese (`5곳으로 허린거얼(和林格尔),
  구이안, 중웨이(中卫), 장자커우다`);
- a subject stays the owner past a place naming a cause (`허베이성이 장자커우(张家口) 클러스터 증설에 힘입어 14.7% 늘며`);
- a country's platforms (`중국계 전자상거래 플랫폼의`) are firms of an origin, counted where the clause's place is;
- a multiple grown to is a change a rank of the change's width ranks (`2.4배로 늘어 증가 폭이 가장 컸다`);
- a figure after `㎡당` is per ㎡, and a rank moved from (`6위에서 4위로`) is not the figure's."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(text, 2025)[0]]


def test_ports_named_after_two_cities_and_the_beibu_gulf(corpus_issue):
    # 1045 l.62: `닝보저우산(宁波舟山)은 4,150 만 TEU 로 2 위에 올랐으나 상하이와의 격차는 1,356 만 TEU 로 전년(1,221 만 TEU)보다`
    ningbo = [f for f in figures_at(corpus_issue(1045), 62) if f[0] == "닝보저우산"]
    assert ningbo == [("닝보저우산", "41500000", 2, None, 2025), ("닝보저우산", "13560000", None, None, 2025),
                      ("닝보저우산", "12210000", None, None, 2024)]
    # 1045 l.64: `증가율이 가장 높은 곳은 베이부완(北部湾)으로, 전년보다 12.3% 늘어난 1,013 만 TEU 를 처리했다`
    assert figures_at(corpus_issue(1045), 64)[:2] == [("베이부완", "12.3", 1, None, 2025),
                                                      ("베이부완", "10130000", None, None, 2025)]


def test_ranks_of_one_measure_and_of_a_passing_level(corpus_issue):
    # 1045 l.153: 상하이 23 건 first, 선전 17 건 second; 선전's 8,000 만 위안 is an average, no rank
    assert ("선전", "80000000", None, None, 2025) in figures_at(corpus_issue(1045), 153)
    # 1045 l.98: 산둥성 5th on 3 조 5,960 억 위안, its 6.4% unranked
    assert [f for f in figures_at(corpus_issue(1045), 98) if f[0] == "산둥성"] == [
        ("산둥성", "6.4", None, None, 2025), ("산둥성", "3596000000000", 5, None, 2025)]


def test_a_places_firms_as_subject(corpus_issue):
    # 1045 l.153: `금액 기준으로는 상하이 기업이 약 24 억 위안을 유치해 전체의 38.7%를 차지했다`
    assert ("상하이", "38.7", None, None, 2025) in figures_at(corpus_issue(1045), 153)
    # a country's firms act anywhere: their share is no country's figure
    assert _read("한국 기업이 약 24 억 위안을 유치해 전체의 38.7%를 차지했다.") == [("한국", "2400000000", "위안", None)]


def test_the_base_of_a_multiple_is_no_topic(corpus_issue):
    # 1045 l.203: 하이난성 520 억 위안 (+21.6%); `광둥성 증가율(4.1%)의 5 배를 웃도는 수준이다. 이 가운데 수출은 212 억
    # 위안으로 34.2% 늘어`: 하이난성's exports
    got = figures_at(corpus_issue(1045), 203)
    assert ("하이난성", "21200000000", None, None, 2026) in got and ("하이난성", "34.2", None, None, 2026) in got
    assert [f[:2] for f in got if f[0] == "광둥성"] == [("광둥성", "4.1")]


def test_a_count_over_places_some_glossed_and_one_unknown(corpus_issue):
    # 1043 l.74: five clusters said, four named
    assert warnings_of(corpus_issue(1043), "count_mismatch") == [
        (74, "the text says 5곳 but lists 4: 허린거얼(和林格尔), 구이안, 중웨이(中卫), 장자커우")]


def test_owners_past_a_cause_and_an_origin(corpus_issue):
    # 1043 l.191: 허베이성 14.7% first, 구이저우성 12.9%, 닝샤후이족자치구 11.4%
    assert figures_at(corpus_issue(1043), 191)[:3] == [("허베이성", "14.7", 1, None, 2036), ("구이저우성", "12.9", 2, None, 2036),
                                                       ("닝샤후이족자치구", "11.4", 3, None, 2036)]
    # 1043 l.109: `인도네시아에서는 중국계 전자상거래 플랫폼의 합산 거래액이 전년 동기 대비 27% 늘었고`
    assert figures_at(corpus_issue(1043), 109)[0] == ("인도네시아", "27", None, None, 2036)


def test_a_multiple_grown_to_is_the_change_ranked(corpus_issue):
    # 1043 l.193: `칭양시의 지능형 컴퓨팅 파워는 1년 새 2.4배로 늘어 증가 폭이 가장 컸다`
    assert ("칭양시", "2.4", 1, None, 2036) in figures_at(corpus_issue(1043), 193)


def test_per_square_metre_and_a_rank_moved_from(corpus_issue):
    # 1047 l.43: `중국의 신규주택 평균 판매가격은 ㎡당 1만 144위안으로 2.6% 내렸다`
    assert _read("같은 해 중국의 신규주택 평균 판매가격은 ㎡당 1만 144위안으로 2.6% 내렸다.") == [
        ("중국", "10144", "위안/㎡", None), ("중국", "-2.6", "%", None)]
    # 1047 l.115: `금액은 1,020억 위안으로 순위가 전년 6위에서 4위로 두 계단 올랐다`
    assert ("청두", "102000000000", 4, None, 2025) in figures_at(corpus_issue(1047), 115)


def test_a_figure_in_brackets_after_a_citys_facility():
    # a city's airport or port named after it, its figure in brackets: the city's (`광저우 바이윈공항(238만 3,000톤)`)
    assert _read("화물 처리량 순위에서는 상하이 푸둥공항이 377만 9,000톤으로 1위를 지켰고, 광저우 바이윈공항(238만 3,000톤)과 "
                 "베이징 서우두공항(142만 6,000톤)이 2, 3위였다.") == [
        ("상하이", "3779000", "톤", 1), ("광저우", "2383000", "톤", 2), ("베이징", "1426000", "톤", 3)]
