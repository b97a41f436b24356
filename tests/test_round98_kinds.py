"""Round 98 of unseen issues (1749 candles and scented candles, 1751 pianos and musical instruments, 1753 garlic and
ginger, 1755 badminton shuttlecocks and rackets), written to the harder brief and scored once before anything was changed
for them: the kinds they showed, each asserted with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_ranks import first_place
from kic_extract.typed.prose_years import years_in


def test_a_season_of_the_year_named_after_the_source(corpus_issue):
    # 1749 l.117 `신화망 보도에 따르면 2025 년 ‘11·11’ 쇼핑 축제 기간 … 향초 거래액이 크게 늘었다`, then l.119 `도시별 향초 구매액
    # 증가율은 청두가 68%로 가장 높았고 충칭(61%)이 두 번째로 높았다. 청두는 베이징(33%)을 큰 차이로 앞질렀다`
    assert figures_at(corpus_issue(1749), 119) == [
        ("청두", "68", 1, None, 2025), ("충칭", "61", 2, None, 2025), ("베이징", "33", None, None, 2025)]


def test_a_rank_by_another_measure_after_a_shortfall_ranks_nothing(corpus_issue):
    # 1749 l.121 `쑤저우·우한·시안이 각각 55%, 52%, 49%의 증가율로 3~5 위에 … 상하이는 29% 늘어나는 데 그쳤지만 구매액 규모로는
    # 여전히 전국 1 위다`
    assert figures_at(corpus_issue(1749), 121) == [
        ("쑤저우", "55", 3, None, 2025), ("우한", "52", 4, None, 2025), ("시안", "49", 5, None, 2025),
        ("상하이", "29", None, None, 2025)]


def test_the_top_ten_band_is_no_rank(corpus_issue):
    # 1749 l.100 `반면 허베이성은 402 곳으로 1 년 전보다 17 곳(4.1%) 줄어 10 위권에서 유일하게 감소했다`
    assert figures_at(corpus_issue(1749), 100) == [
        ("허베이성", "402", None, None, 2024), ("허베이성", "-17", None, None, 2024), ("허베이성", "-4.1", None, None, 2024)]


def test_a_count_in_words_gathered_with_its_qualifier(corpus_issue):
    # 1749 l.108 `후난성에서는 사오둥시(邵东市)에 수출형 양초 기업 스무 곳 남짓이 모여 있다`
    assert figures_at(corpus_issue(1749), 108)[-1] == ("사오둥시", "20", None, "min", 2024)
    # 1751 l.136 `2026년까지는 더칭현 내 피아노 특색 산업단지를 세 곳으로 늘리고`
    assert figures_at(corpus_issue(1751), 136)[-1] == ("더칭현", "3", None, None, 2026)


def test_the_next_most_with_what_is_measured_between(corpus_issue):
    # 1749 l.209 `칭다오에서 핑두 다음으로 양초 기업이 많은 곳은 시하이안신구(西海岸新区)로, 2024년 말 38곳이 등록돼 있다`
    assert figures_at(corpus_issue(1749), 209) == [("시하이안신구", "38", 2, None, 2024)]


def test_the_follower_of_one_ranked_a_paragraph_before(corpus_issue):
    # 1753 l.88 `… 현 단위로는 전국 1위를 지켰다`, then l.90 `진샹의 뒤를 이은 곳은 린이시(临沂市) 란링현(兰陵县)으로, 같은 기간
    # 3억 4,000만 달러어치를 … 각각 1억 8,000만 달러, 1억 2,000만 달러로 3위와 4위였다`
    assert figures_at(corpus_issue(1753), 90) == [
        ("란링현", "340000000", 2, None, 2025), ("치현", "180000000", 3, None, 2025), ("중머우현", "120000000", 4, None, 2025)]


def test_the_year_compared_with_is_not_the_forecasts(corpus_issue):
    # 1753 l.82 `농업농촌부는 2026년 전국 마늘 재배면적이 올해보다 5% 안팎 줄어들 것으로 내다봤다`
    assert years_in("2026년 전국 마늘 재배면적이 올해보다 5% 안팎 줄어들 것으로") == [(0, 2026)]
    assert figures_at(corpus_issue(1753), 82) == [("전국", "-5", None, None, 2026)]


def test_minus_written_as_a_word(corpus_issue):
    # 1753 l.102 `… 윈난성은 -31.4%, 구이저우성은 마이너스 35.2%를 기록했다`
    assert figures_at(corpus_issue(1753), 102)[-2:] == [("윈난성", "-31.4", None, None, 2025), ("구이저우성", "-35.2", None, None, 2025)]


def test_more_than_the_rest_together_is_first(corpus_issue):
    # 1753 l.106–109 `… 윈난성(103만 톤)은 2위에 올` | `랐다. 312만 톤을 생산한 산둥성은 나머지 네 곳을 합친 것보다 많았다`
    assert figures_at(corpus_issue(1753), 109) == [("산둥성", "3120000", 1, None, 2025)]
    # (not more than those named: `중국은 4,127만 kW로 두 나라를 합친 것보다 많다`)
    assert first_place("중국은 4,127만 kW로 두 나라를 합친 것보다 많다") is None


def test_an_ordinal_market_reached_and_the_largest_product(corpus_issue):
    # 1751 l.126 `독일은 8.4%로 일본(7.9%)을 제치고 두 번째 시장에 올랐다`
    assert figures_at(corpus_issue(1751), 126)[-2:] == [("독일", "8.4", 2, None, 2025), ("일본", "7.9", 3, None, 2025)]
    # l.65 `중국의 기타 생산량도 1,893만 대로 4.8% 증가해 물량 기준 최대 품목 자리를 지켰다`: the guitar first, not China
    assert figures_at(corpus_issue(1751), 65)[-2:] == [("중국", "18930000", None, None, 2024), ("중국", "4.8", None, None, 2024)]


def test_print_joins_a_name_glossed_before_any_generic_word_of_places():
    from kic_extract.pdf.wraps import glossed_elsewhere

    # the generic words are those of data/place_suffixes.tsv (`개발구` as well as `구`): `다칭` | `개발구의` after `다칭(大庆)개발구와`
    assert glossed_elsewhere("다칭", "개발구의", "헤이룽장 다칭(大庆)개발구와 하얼빈")
    assert not glossed_elsewhere("다칭", "개발구의", "헤이룽장 다칭(大庆)시와")


def test_a_rank_stated_before_its_subjects_figure_after_the_one_ahead(corpus_issue):
    # 1755 l.44 `… 한국은 인도(2,480만 달러)에 이어 다섯 번째 시장이었지만 수출액이 2,150만 달러로 9.2% 늘었다`
    assert figures_at(corpus_issue(1755), 44)[4:7] == [
        ("인도", "24800000", 4, None, 2025), ("한국", "21500000", 5, None, 2025), ("한국", "9.2", None, None, 2025)]


def test_the_place_beside_the_subject_holds_none_of_its_figure(corpus_issue):
    # 1751 l.120 `… 8위 푸젠성이 2억 2,700만 달러를 기록했다. 푸젠성은 10위권 가운데 산둥성과 함께 마이너스 성장(-1.7%)을 한 곳이다`
    assert figures_at(corpus_issue(1751), 120)[-2:] == [("푸젠성", "227000000", 8, None, 2024), ("푸젠성", "-1.7", None, None, 2024)]
