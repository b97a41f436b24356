"""Kinds met in a thirty-fifth round (1245 battery recycling, 1247 smart farming, 1249 the low-altitude economy, 1251
baijiu): units of volume and of buildings (`만 킬로리터`, `1만 2,000동`), a year compared with by a part of it (`전년 말
대비`), a city named bare right after its province (`장쑤성 쿤산의`), a count of one as the base of a measure (`헬기
1대의 연간 운영비`), places naming the facilities counted after them (`푸둥·훙차오 두 공항`), a leader's rank left by
the ranks after it past the mark it passed, a count picked from a set (`… 가운데 7곳을 대표 사례로 꼽았다`), and
main items picked from a count (`10개 조항 가운데 주요 내용은 다음과 같다`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_units_of_volume_and_of_buildings(corpus_issue):
    # 1251 l.52: `생산량(만 킬로리터) | 740.7 | 715.6 | 671.2 | 449.2 | 414.5`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1251), "amounts") if a["line"] == 52] == [
        ("7407000", "킬로리터"), ("7156000", "킬로리터"), ("6712000", "킬로리터"), ("4492000", "킬로리터"), ("4145000", "킬로리터")]
    # 1251 l.62: `… 2024 년 쓰촨성(四川省)이 213만 4,000킬로리터를 생산해 1위 자리를 지켰지만 …`
    assert figures_at(corpus_issue(1251), 62)[0] == ("쓰촨성", "2134000", 1, None, 2024)
    # 1247 l.62-67: `… 서우광시는 … 현재 이런 스마트 온실이 1만 2,000동에 이른다.`
    assert figures_at(corpus_issue(1247), 62)[-1] == ("서우광시", "12000", None, None, 2024)


def test_a_year_compared_with_by_a_part_of_it(corpus_issue):
    # 1245 l.87: `… 누적 설치 용량은 2025년 9월 말 기준 1억 320만 kW로 전년 말 대비 39.7% 늘었다. 같은 기간 중국에 새로 설치된
    # 용량은 2,940만 kW로, …`
    assert figures_at(corpus_issue(1245), 87) == [
        ("중국", "103200000", None, None, 2025), ("중국", "39.7", None, None, 2025), ("중국", "29400000", None, None, 2025)]


def test_a_city_named_bare_after_its_province(corpus_issue):
    # 1249 l.278: `장쑤성 쿤산의 저공경제 산업단지에는 … 2025년 입주 기업이 60곳을 넘어섰다.`
    assert figures_at(corpus_issue(1249), 278)[0] == ("쿤산", "60", None, "min", 2025)
    # 570 l.40: `… 세 곳으로, 장쑤성 쉬저우(徐州)와 저장성 원저우(温州)가 처음으로 1조 위안을 넘어섰다.`: both cities, in one list
    assert figures_at(corpus_issue(570), 40) == [
        ("쉬저우", "1000000000000", None, "min", 2029), ("원저우", "1000000000000", None, "min", 2029)]


def test_a_count_of_one_as_the_base_of_a_measure(corpus_issue):
    # 1249 l.121: `업계에서는 … 2030년 중국의 응급구조 헬기가 1,000대를 넘어설 것으로 보고 있다. 다만 헬기 1대의 연간 운영비가 …`
    assert figures_at(corpus_issue(1249), 121) == [("중국", "1000", None, "min", 2030)]


def test_places_naming_the_facilities_counted_after_them(corpus_issue):
    # 1249 l.90: `… 상하이는 이와 별도로 2027년까지 푸둥(浦东)·훙차오(虹桥) 두 공항과 도심을 잇는 버티포트 50곳 이상을 짓겠다고 …`
    assert ("상하이", "50", None, "min", 2027) in figures_at(corpus_issue(1249), 90)
    assert not [f for f in figures_at(corpus_issue(1249), 90) if f[0] in ("푸둥", "훙차오")]


def test_a_leaders_rank_past_the_mark_it_passed(corpus_issue):
    # 1249 l.65: `… 선전이 1,020억 위안으로 … 1,000억 위안 고지를 넘어섰다. … 이어 광저우가 486억 위안, 청두(成都)가 352억 위안,
    # 허페이가 297억 위안으로 2~4위를 차지했다.`
    assert [f for f in figures_at(corpus_issue(1249), 65) if f[2] is not None] == [
        ("선전", "102000000000", 1, None, 2025), ("광저우", "48600000000", 2, None, 2025),
        ("청두", "35200000000", 3, None, 2025), ("허페이", "29700000000", 4, None, 2025)]
    # (so between two ranks: 393 l.80 `… 베이징시(5조 3,480억 위안)가 2위였다. 선전시(深圳市)는 4조 120억 위안을 기록하며 처음으로
    # 4조 위안 선을 넘어섰다. 충칭시(重庆市)와 광저우시(广州市)는 … 4위와 5위를`)
    assert ("선전시", "4012000000000", 3, None, 2026) in figures_at(corpus_issue(393), 80)


def test_counts_picked_from_a_set(corpus_issue):
    # 1245 l.240: `… 전국의 특화 산업단지 가운데 7곳을 대표 사례로 꼽았다.`
    assert figures_at(corpus_issue(1245), 240) == []
    # 1251 l.131: `10 개 조항 가운데 주요 내용은 다음과 같다.` over five items: the main ones, no count of all ten
    assert warnings_of(corpus_issue(1251), "count_mismatch") == [
        (81, "the text says 5개 지역 but lists 4: 구이저우성, 안후이성, 산시성(山西), 신장위구르자치구(新疆维吾尔自治区)")]
