"""Figures met in held-out issues 925–932, each read by kind: a rank made a clause's topic before the region holding it
(`수출 증가율 1위는 신장위구르자치구(…)로, … 18.2%에 달했다`) gives that region the sentence's figure and the rank; a change right after
a level (`비중도 23.6%로 0.6%p 높아졌다`) is the level's region's, not the nation a share is of; one amount standing before the
words naming its place with the copula (`3만 4,000명, 가장 많은 … 흡수한 곳은 상하이시였다`) is that place's; `순` opening a word
(`순유출`) closes no ranking; the region a rank was lost to (`창사시에 4위 자리를 내주고`) is not the clause's subject; an
ordinal describing a region (`두 번째인 네이멍구자치구는`) is its rank. Values read by hand from the issues' lines."""

from conftest import figures_at


def test_a_rank_s_holder_named_as_its_complement_holds_the_sentence_s_figure(corpus_issue):
    # 928 l.48 `수출 증가율 1위는 신장위구르자치구(新疆维吾尔自治区)로, 중앙아시아 육로 교역이 늘면서 18.2%에 달했다.
    # 광시좡족자치구(广西壮族自治区)가 14.7%로 두 번째, 쓰촨성(四川省)이 12.5%로 세 번째였다. …`
    assert figures_at(corpus_issue(928), 48)[:3] == [("신장위구르자치구", "18.2", 1, None, 2037),
                                                      ("광시좡족자치구", "14.7", 2, None, 2037), ("쓰촨성", "12.5", 3, None, 2037)]


def test_a_change_right_after_a_level_is_its_region_s(corpus_issue):
    # 928 l.32 `광둥성(广东省)은 4조 8,260억 위안어치를 내보내 수출 1위 자리를 지켰고, 전국 수출에서 차지하는 비중도 23.6%로 0.6%p
    # 높아졌다. …`
    assert figures_at(corpus_issue(928), 32)[:3] == [("광둥성", "4826000000000", 1, None, 2037),
                                                      ("광둥성", "23.6", None, None, 2037), ("광둥성", "0.6", None, None, 2037)]


def test_an_amount_before_the_place_named_with_the_copula_and_no_ranking_in_a_word_opening_with_sun(corpus_issue):
    # 928 l.86 `… 베이징시와 상하이시의 순유입률은 각각 -0.3%, -0.5%로 순유출로 돌아섰다. … 3만 4,000명, 가장 많은 귀국 인재를
    # 흡수한 곳은 상하이시였다.`
    assert figures_at(corpus_issue(928), 86) == [("베이징시", "-0.3", None, None, 2037), ("상하이시", "-0.5", None, None, 2037),
                                                  ("상하이시", "34000", 1, None, 2037)]


def test_the_region_a_rank_was_lost_to_is_not_the_subject(corpus_issue):
    # 925 l.106 `… 청두시는 창사시에 4위 자리를 내주고 5위로 밀렸지만 증가율은 10%를 웃돌았다. 창사시의 증가율은 10.9%였다. …`
    assert figures_at(corpus_issue(925), 106)[3:5] == [("청두시", "10", None, "min", 2036), ("창사시", "10.9", None, None, 2036)]


def test_an_ordinal_describing_a_region_is_its_rank(corpus_issue):
    # 926 l.98 `… 경제 규모로는 광시좡족자치구가 2조 1,380억 위안으로 가장 크고, 두 번째인 네이멍구자치구는 1조 9,950억 위안이다.`
    assert figures_at(corpus_issue(926), 98)[3:5] == [("광시좡족자치구", "2138000000000", 1, None, 2037),
                                                       ("네이멍구자치구", "1995000000000", 2, None, 2037)]


def test_places_ranked_in_a_sentence_with_no_digit_rank_their_next_figures(corpus_issue):
    # 929 l.116 `같은 기간 서부 도시 GDP 순위는 충칭시, 청두시(成都市), 시안시(西安市), 쿤밍시(昆明市) 순이다. 이 가운데 청두시는 1조
    # 7,800억 위안, 시안시는 9,300억 위안이었다. …`
    assert figures_at(corpus_issue(929), 116)[:2] == [("청두시", "1780000000000", 2, None, 2037),
                                                       ("시안시", "930000000000", 3, None, 2037)]


def test_a_rank_reached_on_another_measure_describing_the_region_ranks_none_of_its_rates(corpus_issue):
    # 927 l.62 `… 경제 규모 5위에 오른 쓰촨성 역시 5.9%의 견조한 성장세를 이어갔다.`
    assert figures_at(corpus_issue(927), 62)[3] == ("쓰촨성", "5.9", None, None, 2037)


def test_a_figure_describing_the_place_named_last_is_not_the_sentence_before_s_subject_s(corpus_issue):
    # 930 l.86 `… 지린성 창춘시(长春市)는 같은 기간 신에너지차 41만 대를 생산해 1년 새 생산량이 27% 늘었다. 7.4%에 이르는 소매판매
    # 증가율로 동북 3성 가운데 1위에 오른 곳은 지린성이었다.`
    assert figures_at(corpus_issue(930), 86)[-1] == ("지린성", "7.4", 1, None, 2037)


def test_a_bound_naming_a_class_of_deals_or_firms_is_no_figure(corpus_issue):
    # 496 l.122 `6월 한 달간 중국 스타트업의 투자 유치 건수는 1,016건으로 전월보다 8% 늘었다. 1억 위안 이상 대형 라운드는 모두
    # 74건이었으며, …`
    assert figures_at(corpus_issue(496), 122) == [("중국", "1016", None, None, 2029), ("중국", "8", None, None, 2029),
                                                   ("중국", "74", None, None, 2029)]
    # 932 l.90 `… 중국의 유니콘 기업은 6월 말 현재 341개사로 1년 새 19개사 늘었다. 기업가치 10억 달러 이상 비상장 기업이 …`
    assert figures_at(corpus_issue(932), 90) == [("중국", "341", None, None, 2037), ("중국", "19", None, None, 2037)]
