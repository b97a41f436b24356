"""Held-out issues read again: a level and the rank it gave before the region they describe (`14조 9,460억 위안으로
2위를 기록한 장쑤성은`); a region something comes from (`한국으로부터`), which owns none of the clause's figures; a gap
measured from a region compared with after its own figure in brackets (`충칭(598 억 위안)과 비교해도`, `장시성(…)과는`),
the subject's, not that of a region whose level the clause before passed; a gap made an object (`격차를 … 에서 …
으로`), ranked nowhere; and amounts listed after `각각` for places a clause before listed in order (`장쑤성, 상하이시,
광둥성 순으로`). Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_a_level_and_its_rank_before_the_region_they_describe(corpus_issue):
    # 366 l.38 `추격자인 장쑤성(江苏省)의 기세도 매서웠다. 14조 9,460억 위안으로 2위를 기록한 장쑤성은 광둥성과의 격차를
    # 4,410억 위안으로 좁혔다.`
    assert figures_at(corpus_issue(366), 38)[:2] == [("장쑤성", "14946000000000", 2, None, 2026),
                                                     ("장쑤성", "441000000000", None, None, 2026)]
    # 374 l.51 `14조 9,760억 위안으로 2위를 기록한 장쑤성은 광둥성과의 격차를 2024년 4,626억 위안에서 지난해 2,620억
    # 위안으로 좁혔다.`: the gap, at either time, ranked nowhere
    assert figures_at(corpus_issue(374), 51) == [
        ("광둥성", "15238000000000", 1, None, 2026), ("장쑤성", "14976000000000", 2, None, 2026),
        ("장쑤성", "462600000000", None, None, 2024), ("장쑤성", "262000000000", None, None, 2026)]


def test_a_region_something_comes_from_owns_no_figure(corpus_issue):
    # 513 l.223 `… 장쑤성은 2028년 한국으로부터 실제 투자액 기준 31억 달러를 유치해 성급 지역 가운데 1위를 차지했다.
    # 상하이시가 14억 달러로 그다음이었고, 저장성은 9억 달러로 세 번째였다.`
    assert figures_at(corpus_issue(513), 223) == [("장쑤성", "3100000000", 1, None, 2028),
                                                  ("상하이시", "1400000000", 2, None, 2028),
                                                  ("저장성", "900000000", 3, None, 2028)]


def test_a_gap_from_a_region_compared_with_after_its_own_figure_is_the_subjects(corpus_issue):
    # 547 l.213 `청두의 지난해 벤처투자 유치액은 862 억 위안으로 시안(西安)의 415 억 위안을 크게 웃돌았고, 충칭(598 억 위안)과
    # 비교해도 264 억 위안 많았다.`
    assert ("청두", "26400000000", None, None, 2029) in figures_at(corpus_issue(547), 213)
    # 502 l.56 `… 후베이성이 12 만 1,500 위안으로 6 개 성 중 가장 높았고, 가장 낮은 장시성(8 만 7,200 위안)과는 3 만 4,300 위안
    # 차이가 났다.`
    assert ("후베이성", "34300", None, None, 2028) in figures_at(corpus_issue(502), 56)
    # and not the region whose level the clause before passed, with `보다` too
    figures, _ = block_to_figures("우한의 수출은 512 억 달러로 창사의 380 억 달러를 웃돌았고, 정저우보다 41 억 달러 많았다.", 2031)
    assert [(f["region_ko"], f["value"]) for f in figures] == [
        ("우한", "51200000000"), ("창사", "38000000000"), ("우한", "4100000000")]


def test_amounts_after_each_go_to_the_places_an_order_listed(corpus_issue):
    # 943 l.67 `지역별로는 장쑤성, 상하이시, 광둥성 순으로 외자를 많이 끌어들였으며 실제 사용액은 각각 1,284억 위안, 1,150억
    # 위안, 1,096억 위안이었다. 베이징시는 612억 위안으로 1년 전보다 14.5% 줄었다.`
    assert figures_at(corpus_issue(943), 67)[:3] == [("장쑤성", "128400000000", 1, None, 2037),
                                                     ("상하이시", "115000000000", 2, None, 2037),
                                                     ("광둥성", "109600000000", 3, None, 2037)]
    # as many as the places only: two amounts for three places are no one's
    figures, _ = block_to_figures("청두, 시안, 충칭 순으로 많았으며 유치액은 각각 620 억 위안, 410 억 위안이었다.", 2031)
    assert figures == []


def test_a_sentence_naming_only_the_places_ahead_goes_on_about_the_region_before(corpus_issue):
    # 383 l.126 `신장위구르자치구는 … 2026년 대외무역액이 5,318억 위안에 달했다. 서부 12개 성급 지역 가운데 쓰촨성, 충칭시에 이어
    # 3위다. 증가율은 11.2%로 서부 평균을 크게 웃돌았다.`
    assert figures_at(corpus_issue(383), 126) == [("신장위구르자치구", "531800000000", 3, None, 2026),
                                                  ("신장위구르자치구", "11.2", None, None, 2026)]


def test_followers_of_a_ranking_of_falls_fell_too(corpus_issue):
    # 576 l.51 `… 헤이룽장성은 1년 새 33만 명이 줄어 감소 폭이 가장 컸고, … 허난성은 21만 명 줄어 그다음이었다. 지린성(18만
    # 명)과 랴오닝성(15만 명)이 그 뒤를 이었다.`
    assert figures_at(corpus_issue(576), 51)[-2:] == [("지린성", "-180000", 3, None, 2030),
                                                      ("랴오닝성", "-150000", 4, None, 2030)]
    # but not after a leader whose level and change were both ranked: 446 l.103 `… 베이징의 유니콘이 79개로 전년보다 3개
    # 줄었지만 여전히 1위를 지켰고, 상하이가 68개로 뒤를 이었다.`
    assert ("상하이", "68", 2, None, 2028) in figures_at(corpus_issue(446), 103)


def test_amounts_after_each_in_the_next_sentence_go_to_the_holders_of_a_span_of_ranks(corpus_issue):
    # 451 l.79 `8위부터 10위까지는 항저우(杭州), 우한(武汉), 난징(南京)이 차지했다. 각각 1조 2,870억 위안, 1조 2,140억 위안,
    # 1조 1,020억 위안이다.`
    assert figures_at(corpus_issue(451), 79)[:3] == [("항저우", "1287000000000", 8, None, 2028),
                                                     ("우한", "1214000000000", 9, None, 2028),
                                                     ("난징", "1102000000000", 10, None, 2028)]
    # 462 l.34–40, the amounts running over a page break: `6위부터 10위까지는 쑤저우(苏州)·청두(成都)·항저우(杭州)·우한(武汉)·
    # 난징(南京)이 차지했다. 각각 2조 960억 위안, 1조 8,870억 위안,` | … | `1조 7,930억 위안, 1조 6,420억 위안, 1조 5,680억 위안이다.`
    assert [(f[0], f[1], f[2]) for f in figures_at(corpus_issue(462), 34)] == [
        ("쑤저우", "2096000000000", 6), ("청두", "1887000000000", 7), ("항저우", "1793000000000", 8),
        ("우한", "1642000000000", 9), ("난징", "1568000000000", 10)]


def test_counts_in_native_numerals_of_a_place_or_its_subject(corpus_issue):
    # 433 l.246 `지역별로 보면 장쑤성에 세 곳, 상하이시에 두 곳이 있고 저장성과 안후이성에는 한 곳씩 자리하고 있다.`
    figures = figures_at(corpus_issue(433), 246)
    assert ("장쑤성", "3") in [f[:2] for f in figures] and ("상하이시", "2") in [f[:2] for f in figures]
    # 441 l.258 `올해 들어 허페이시의 유니콘 기업은 다섯 곳으로 늘었다. …`
    assert ("허페이시", "5") in [f[:2] for f in figures_at(corpus_issue(441), 258)]
    # a count in words after no place or subject of its own is no one's
    figures, _ = block_to_figures("선전시는 올해 세 곳을 새로 지정했다.", 2031)
    assert figures == []


def test_a_count_is_the_place_it_has_its_seat_in(corpus_issue):
    # 915 l.139 `… 안후이성의 양자 관련 기업은 212곳이며, 이 가운데 170곳이 허페이시(合肥市)에 자리 잡아 80.2%를 차지한다.`
    assert figures_at(corpus_issue(915), 139)[2:5] == [("안후이성", "212", None, None, 2036),
                                                       ("허페이시", "170", None, None, 2036),
                                                       ("허페이시", "80.2", None, None, 2036)]
    # with the verb left to the next item
    figures, _ = block_to_figures("8곳 중 3곳이 베이징시에, 2곳이 상하이시에 본사를 두고 있다.", 2031)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("베이징시", "3"), ("상하이시", "2")]
