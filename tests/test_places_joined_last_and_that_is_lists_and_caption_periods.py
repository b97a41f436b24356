"""Shapes 821–828 showed: a list of places counted right after it whose last item is joined by `와` and named with
words of its own, a count whose places the sentence names later with `…가 그것이다`, a district glossed in a list of
cities, and an article dated only by its table's caption. Values read by hand from the issues' lines."""

from conftest import figures_at, warnings_of


def test_a_count_over_places_the_last_joined_by_wa(corpus_issue):
    # 822 l.70 `이번 집계는 청두(成都), 몐양(绵阳), 더양(德阳), 완저우(万州)와 충칭 중심 도시권의 여섯 개 지역을 대상으로 했다.`
    assert warnings_of(corpus_issue(822), "count_mismatch") == [
        (70, "the text says 6개 지역 but lists 5: 청두(成都), 몐양(绵阳), 더양(德阳), 완저우(万州), 충칭 중심 도시권")]


def test_a_count_whose_places_the_sentence_names_after_it(corpus_issue):
    # 826 l.127 `청위 지역은 이 밖에도 네 곳의 ‘창업 특화 거리’를 새로 지정했는데, 청두의 위린로(玉林路), 충칭의 제팡베이(解放碑),
    # 청두 톈푸신구의 싱룽후(兴隆湖) 일대가 그것이다.`
    assert warnings_of(corpus_issue(826), "count_mismatch") == [
        (127, "the text says 4곳 but lists 3: 청두의 위린로(玉林路), 충칭의 제팡베이(解放碑), 청두 톈푸신구의 싱룽후(兴隆湖) 일대")]


def test_a_district_glossed_in_a_list_of_cities_and_an_article_dated_by_its_table(corpus_issue):
    result = corpus_issue(822)
    # l.89, under the table `청위 지역 도시별 첨단산업 생산액 (2035 년 1~8 월)`: `… 반면 완저우의 생산액은 2.4% 줄어 지역 내 유일하게
    # 뒷걸음질했다.` (완저우 glossed at l.70 after 더양(德阳) in a list of cities)
    assert figures_at(result, 89)[-1] == ("완저우", "-2.4", None, None, 2035)
    # l.91 `기업 기반도 두터워지고 있다. 청두의 고신기술기업은 6,000 개사를 넘어섰으며, …`: the table's period goes on
    assert figures_at(result, 91) == [("청두", "6000", None, "min", 2035)]
