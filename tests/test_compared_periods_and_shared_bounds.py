"""Shapes held-out issues 573–576 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at


def test_a_year_named_with_the_same_period_and_compared_with_dates_only_its_figure_in_brackets(corpus_issue):
    # 573 l.94 (in `2) 성장 속도`, an article on 2030's first three quarters) `… 톈진은 3.1%로 2029 년 같은 기간(4.0%)보다
    # 성장 폭이 0.9%p 줄었다. 지린성(吉林省)의 사회소비품 소매총액은 전년 동기 대비 0.8% 감소세로 돌아섰으며, 칭하이성(青海省)의
    # 고정자산투자는 … 3.4% 뒷걸음질했다.`
    assert figures_at(corpus_issue(573), 94)[1:] == [
        ("톈진", "3.1", None, None, 2030), ("톈진", "4", None, None, 2029), ("톈진", "-0.9", None, None, 2030),
        ("지린성", "-0.8", None, None, 2030), ("칭하이성", "-3.4", None, None, 2030)]
    # 465 l.93 `2 위 안후이성은 271 만 대로, 2027 년 같은 기간(196 만 대)보다 38.3% 급증하며 광둥성과의 격차를 47 만 대까지
    # 좁혔다.` (an article on 2028)
    assert figures_at(corpus_issue(465), 93)[2:] == [
        ("안후이성", "2710000", 2, None, 2028), ("안후이성", "1960000", None, None, 2027),
        ("안후이성", "38.3", None, None, 2028), ("안후이성", "470000", None, None, 2028)]


def test_a_bound_shared_out_by_each_after_the_last_of_a_list(corpus_issue):
    # 573 l.121 `업계에서는 2031년 연간 수출입이 선전은 5조 5,000억 위안, 상하이는 5조 위안을 각각 넘어설 것으로 내다봤다.`
    assert figures_at(corpus_issue(573), 121) == [("선전", "5500000000000", None, "min", 2031),
                                                  ("상하이", "5000000000000", None, "min", 2031)]


def test_a_rank_kept_until_now_is_not_the_one_held(corpus_issue):
    # 574 l.52 `… 2027년 이후 줄곧 1위를 지켜 온 베이징은 88.9점으로 2위로 밀려났고, 상하이는 85.2점으로 3위 자리를 지켰다.`
    assert figures_at(corpus_issue(574), 52) == [("베이징", "88.9", 2, None, 2030), ("상하이", "85.2", 3, None, 2030)]


def test_the_place_that_grew_most_then_its_figure_in_a_sentence_of_its_own(corpus_issue):
    # 576 l.43 `1년 새 인구가 가장 많이 불어난 곳은 저장성(浙江省)이다. 한 해 동안 41만 명이 늘었다. 이어 광둥성(28만 명),
    # 후베이성(湖北省)(12만 명), 장쑤성(江苏省)(9만 명) 순으로 증가 폭이 컸다.`
    assert figures_at(corpus_issue(576), 43) == [
        ("저장성", "410000", 1, None, 2030), ("광둥성", "280000", 2, None, 2030), ("후베이성", "120000", 3, None, 2030),
        ("장쑤성", "90000", 4, None, 2030)]


def test_a_rank_held_years_running_ranks_each_years_figure(corpus_issue):
    # 575 l.211 `안후이성의 신에너지차 생산량은 2029 년 312 만 대, 2030 년 386 만 대로 2 년 연속 전국 1 위를 차지했다.`
    assert figures_at(corpus_issue(575), 211) == [("안후이성", "3120000", 1, None, 2029),
                                                  ("안후이성", "3860000", 1, None, 2030)]


def test_a_level_gone_below_a_marks_line(corpus_issue):
    # 576 l.94 `반면 네이멍구자치구(内蒙古自治区)는 R&D 경비가 1.8% 감소해 뒷걸음질쳤고, 투자 강도도 0.98%로 1% 선 아래로
    # 내려갔다.`: below the 1% line, a mark (`max`), not a fall of 1%
    assert figures_at(corpus_issue(576), 94)[:3] == [("네이멍구자치구", "-1.8", None, None, 2030),
                                                     ("네이멍구자치구", "0.98", None, None, 2030),
                                                     ("네이멍구자치구", "1", None, "max", 2030)]
