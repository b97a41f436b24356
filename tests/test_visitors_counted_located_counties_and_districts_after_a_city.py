"""Kinds met in a fifty-sixth and a fifty-seventh round (1413 hair dryers, 1415 camping tents, 1417 aprons, 1419 tennis;
1421 picture frames, 1423 scarves, 1427 flower pots): a list the next sentence names as a count's places, one of them a
county only its province locates (`허베이성 가오양`); the visitors a place counts, the country before them only where they came
from (`이우시를 찾은 한국 바이어는`); a district glossed after its city (`포산 순더(顺德)`), named bare after in a ranking (`순더가 8,130만 대로
가장 많았고 …`); a figure right after the nation's average (`전국 평균 6.4kg을 크게 웃돌았다`); a share of the nation's whole a place
after it takes (`… 가공량의 40% 이상이 칭허현을 거친다`); cut flowers counted (`142억 송이`); and a count that fits the groups commas
part a list into (`5개 산업벨트 … 저장성 이우·진화(金华), 광둥성 선전(深圳)·둥관(东莞), …`); read by hand from the lines named."""

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


def test_a_figure_right_after_the_nations_average_is_the_nations_level(corpus_issue):
    # 1423 l.111: `상하이의 1인당 일회용 티슈 사용량은 2043년 연간 9.8kg으로 전국 평균 6.4kg을 크게 웃돌았다.`
    assert figures_at(corpus_issue(1423), 111)[:2] == [("상하이", "9.8", None, None, 2043), ("전국", "6.4", None, None, 2043)]


def test_a_share_of_the_nations_whole_is_the_place_that_takes_it(corpus_issue):
    # 1423 l.78: `허베이성 칭허현은 '캐시미어 수도'로 불린다. 전국 캐시미어 원모 가공량의 40% 이상이 칭허현을 거친다.`
    assert ("칭허현", "40", None, "min") in [f[:4] for f in figures_at(corpus_issue(1423), 78)]
    # 1395 l.48: `… 후난성(湖南省)이 53억 7,000만 위안어치를 수출해 전국 1위 자리를 지켰다. 중국 전체 수출의 55.8%가 후난성에서
    # 나간 셈이다.`
    assert figures_at(corpus_issue(1395), 48)[:2] == [("후난성", "5370000000", 1, None, 2025), ("후난성", "55.8", None, None, 2025)]


def test_cut_flowers_are_counted(corpus_issue):
    # 1427 l.127: `… 2024년 쿤밍시에서 거래된 생화는 142억 송이로 전년보다 5.2% 늘었고, 거래액은 116억 위안을 기록했다.`
    assert figures_at(corpus_issue(1427), 127)[0] == ("쿤밍시", "14200000000", None, None, 2024)


def test_a_count_that_fits_the_groups_a_list_is_parted_into_is_no_mismatch(corpus_issue):
    # 1421 l.160: `… 크게 5개 산업벨트에 모여 있다. 저장성 이우·진화(金华), 광둥성 선전(深圳)·둥관(东莞), 푸젠성 푸톈(莆田)·셴유(仙游)·샤먼,
    # 산둥성 허쩌(菏泽)·린이(临沂), 장시성 간저우(赣州) 난캉구(南康区)다.`: five belts of eleven places; l.104: `방안은 1차로 6개 시범
    # 도시를 선정했다. 베이징, 상하이, 광저우(广州), 청두(成都), 우한(武汉)이 이름을 올렸으며, …`
    assert [(line, message.split(": ")[0]) for line, message in warnings_of(corpus_issue(1421), "count_mismatch")] == [
        (104, "the text says 6개 시범 but lists 5")]
