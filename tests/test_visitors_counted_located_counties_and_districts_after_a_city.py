"""Kinds met in a fifty-sixth round (1413 hair dryers, 1415 camping tents, 1417 aprons, 1419 tennis): a list the next
sentence names as a count's places, one of them a county only its province locates (`허베이성 가오양`); the visitors a
place counts, the country before them only where they came from (`이우시를 찾은 한국 바이어는`); and a district glossed
after its city (`포산 순더(顺德)`), named bare after in a ranking (`순더가 8,130만 대로 가장 많았고 …`); read by hand from
the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of


def test_a_county_its_province_locates_is_one_of_the_places_a_count_is_checked_against(corpus_issue):
    # 1417 l.261: `… 중국 주방 섬유 생산이 6개 도시에 집중돼 있다고 분석했다. 저장성 이우와 사오싱, 장쑤성 난퉁, 허베이성 가오양,
    # 산둥성 가오미가 그곳이다.`
    assert [(line, message.split(" but ")[0]) for line, message in warnings_of(corpus_issue(1417), "count_mismatch")] == [
        (261, "the text says 6개 도시")]


def test_the_visitors_a_place_counts_are_its_not_the_country_they_came_from(corpus_issue):
    # 1417 l.282: `이우시 상무국에 따르면 2025년 이우시를 찾은 한국 바이어는 연인원 2만 3,000명으로 전년보다 18% 늘었다.`
    assert figures_at(corpus_issue(1417), 282) == [("이우시", "23000", None, None, 2025), ("이우시", "18", None, None, 2025)]


def test_a_district_glossed_after_its_city_is_ranked_where_named_bare(corpus_issue):
    # 1413 l.89: `행동방안은 포산 순더(顺德), 중산 샤오란(小榄), 선전 바오안(宝安) 등 3 대 핵심 거점과 …`; l.269: `2024 년 헤어드라이어
    # 생산량은 순더가 8,130만 대로 가장 많았고 츠시(7,560만 대), 중산(3,520만 대), 선전(2,640만 대) 순이었다.`
    assert figures_at(corpus_issue(1413), 269)[:4] == [
        ("순더", "81300000", 1, None, 2024), ("츠시", "75600000", 2, None, 2024), ("중산", "35200000", 3, None, 2024),
        ("선전", "26400000", 4, None, 2024)]
