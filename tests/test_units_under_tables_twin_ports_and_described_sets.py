"""Kinds met in an eighteenth round (1109 shipbuilding and ports, 1111 hydrogen, 1113 box office, 1115 robots): a
`단위:` line under a table's rows over its source, counters `개소` and `항`, a unit per a time (`톤/년`), a note saying a
row sums over time, a count whose list follows the set it was picked from, a port named after two cities with one gloss,
a firm of a city as the subject of a cause clause, the count of a described set, a held rank of a change, last place
after several places' figures, and `가장 비쌌다`; read by hand from the lines named, and on sentences of my own."""

from __future__ import annotations

from conftest import figures_at, names_at, records_of, warnings_of

from kic_extract.segment.tables import table_units
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def _amounts(result, *lines: int) -> list[tuple]:
    return [(a["line"], a["value"], a["unit"], a["cumulative"]) for a in records_of(result, "amounts") if a["line"] in lines]


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(text, year)[0]]


def test_a_unit_line_under_the_rows_over_the_source(corpus_issue):
    # 1109 l.76: `장쑤성\t2,120\t4,870\t9,150` under `단위: 만 톤(재화중량톤 기준)` / `표 2) 출처: …` (l.85-86)
    assert _amounts(corpus_issue(1109), 76)[:3] == [(76, "21200000", "톤", False), (76, "48700000", "톤", False),
                                                    (76, "91500000", "톤", False)]
    # 1109 l.122, l.134: `1\t상하이항\t4,916\t5,151\t4.8`, `7\t샤먼항\t1,255\t1,226\t-2.3` under `단위: 만 TEU, %` (l.139)
    assert _amounts(corpus_issue(1109), 122, 134) == [
        (122, "49160000", "TEU", False), (122, "51510000", "TEU", False), (122, "4.8", "%", False),
        (134, "12550000", "TEU", False), (134, "12260000", "TEU", False), (134, "-2.3", "%", False)]


def test_sites_items_and_a_capacity_per_year(corpus_issue):
    # 1111 l.54: `수소충전소(개소)\t218\t310\t428\t511`
    assert [a[1:3] for a in _amounts(corpus_issue(1111), 54)] == [("218", "개소"), ("310", "개소"), ("428", "개소"),
                                                                   ("511", "개소")]
    # 1115 l.101: `국가표준 제·개정(항)\t10\t30 이상`
    assert [(a["value"], a["unit"], a["bound"]) for a in records_of(corpus_issue(1115), "amounts") if a["line"] == 101] == [
        ("10", "항", None), ("30", "항", "min")]
    # 1111 l.191-193: `단위: 억 위안, 톤/년` over `총투자액 | 생산능력`: `약 30 | 20,000`; no capacity read as money
    assert [a[1:3] for a in _amounts(corpus_issue(1111), 193)] == [("3000000000", "위안"), ("20000", "톤/년")]
    assert table_units("단위: 억 위안, 톤/년") == ("억 위안", "톤/년")
    assert table_units("(단위: 억 위안/%)") == ("억 위안", "%")


def test_a_note_saying_a_row_sums_over_time(corpus_issue):
    # 1111 l.53 `연료전지차 보유량(대)\t8,938\t12,305\t…` under `… 보유량은 연말 누적 기준.` (l.57); l.51 `판매량` is not
    assert [a[1:] for a in _amounts(corpus_issue(1111), 53)][:2] == [("8938", "대", True), ("12305", "대", True)]
    assert {a[3] for a in _amounts(corpus_issue(1111), 51)} == {False}


def test_a_count_after_the_set_it_was_picked_from(corpus_issue):
    # 1111 l.97: `상위 10 개 지역 가운데 … 이끄는 곳은 베이징, 상하이, 광둥성, 허베이성, 허난성 6 개 지역으로`: five listed
    assert [line for line, _ in warnings_of(corpus_issue(1111), "count_mismatch")] == [97]
    assert sentence_counts("상위 5 개 도시 가운데 선정된 곳은 베이징, 상하이, 선전 4 개 도시다.") == [
        (4, "개 도시", ["베이징", "상하이", "선전"], False)]
    # each item with a count of its own is a breakdown, as before
    assert sentence_counts("인공지능 5 개 팀, 바이오 4 개 팀 등 모두 9 개 팀이 뽑혔다.") == []


def test_a_port_named_after_two_cities(corpus_issue):
    # 1109 l.100: `항만별 화물 물동량은 닝보·저우산(宁波舟山)이 13억 7,700만 톤으로 세계 1위 자리를 지켰다. 그 뒤를 이어
    # 탕산(唐山) 8억 6,000만 톤, 상하이 8억 4,000만 톤, 칭다오(青岛) 7억 1,000만 톤 순이었다.`
    assert figures_at(corpus_issue(1109), 100) == [
        ("닝보·저우산", "1377000000", 1, None, 2024), ("탕산", "860000000", 2, None, 2024),
        ("상하이", "840000000", 3, None, 2024), ("칭다오", "710000000", 4, None, 2024)]
    assert ("닝보·저우산", "宁波舟山") in names_at(1109, 100)
    # a list of two places, each glossed, stays two
    assert [r[0] for r in _read("광저우(广州)·선전(深圳)이 각각 5%, 6% 늘었다.")] == ["광저우", "선전"]


def test_a_firm_of_a_city_in_a_cause_clause(corpus_issue):
    # 1111 l.70: `특히 허난성은 정저우(郑州)의 위퉁버스(宇通客车)가 수소 버스 생산을 늘리면서 1 년 새 보유량이 41.3% 늘어
    # 증가율로는 전국에서 가장 높았다.`
    assert figures_at(corpus_issue(1111), 70)[0] == ("허난성", "41.3", 1, None, 2025)


def test_the_count_of_a_set_its_members_describe(corpus_issue):
    # 1111 l.136: `베이징, 상하이, 광둥, 허베이, 허난을 축으로 한 5 개 도시군은 … 3 만 2,305 대를 보급하는 것을 목표로`
    assert figures_at(corpus_issue(1111), 136) == []
    assert _read("광둥성과 장쑤성을 축으로 한 2 개 권역은 올해 5,000 대를 팔았다.") == []


def test_a_held_rank_of_a_change(corpus_issue):
    # 1111 l.99: `1 년 새 증가 폭은 네이멍구자치구가 가장 컸다. 네이멍구자치구는 2024 년 6 월 11 개소에서 올해 6 월 21 개소로
    # 10 개소가 늘었고, 산둥성(8 개소)과 광둥성(6 개소)이 그 뒤를 이었다.`
    assert figures_at(corpus_issue(1111), 99)[:5] == [
        ("네이멍구자치구", "11", None, None, 2024), ("네이멍구자치구", "21", None, None, 2025),
        ("네이멍구자치구", "10", 1, None, 2025), ("산둥성", "8", 2, None, 2025), ("광둥성", "6", 3, None, 2025)]


def test_last_place_after_several_places_figures(corpus_issue):
    # 1111 l.155, l.157: `5 개 도시군 가운데 …` / `… 허난은 62.4%, 허베이는 37.1%로 최하위였다.`
    assert [f for f in figures_at(corpus_issue(1111), 157) if f[0] in ("허난", "허베이")] == [
        ("허난", "62.4", None, None, 2025), ("허베이", "37.1", 5, None, 2025)]
    assert _read("네 도시 가운데 상하이가 가장 높았다. 톈진은 3.1%, 충칭은 2.2%로 최하위였다.") == [
        ("톈진", "3.1", "%", None), ("충칭", "2.2", "%", 4)]


def test_the_dearest_is_first(corpus_issue):
    # 1113 l.80: `평균 티켓 가격은 베이징이 52.3 위안으로 가장 비쌌고, …`
    assert ("베이징", "52.3", 1, None, 2025) in figures_at(corpus_issue(1113), 80)
