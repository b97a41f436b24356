"""Shapes held-out issues 589–592 showed when first read (tests/corpus/heldout), and earlier issues the same rules
set right. Values read by hand from the issues' lines."""

from conftest import figures_at


def test_a_clause_joined_on_after_a_gap_gives_its_figure_to_the_region_it_describes(corpus_issue):
    # 589 l.45 `… 쓰촨성(四川省)이 1 조 9,760 억 위안으로 허난성(河南省)을 350 억 위안 차이로 따돌렸고, 1 조 9,410 억 위안에
    # 그친 허난성은 6 위로 밀려났다.`: 1조 9,410억 is 허난성's, sixth; the 350억 gap stays 쓰촨성's
    figures = figures_at(corpus_issue(589), 45)
    assert ("허난성", "1941000000000", 6, None, 2031) in figures
    assert ("쓰촨성", "35000000000", None, None, 2031) in figures
    assert [f for f in figures if f[1] == "1941000000000"] == [("허난성", "1941000000000", 6, None, 2031)]
    # 456 l.141 `톈푸신구의 GDP 증가율은 지난해 8.7%로 푸둥신구(5.2%)를 크게 앞질렀고, 시셴신구도 8.1% 성장했다.`
    figures = figures_at(corpus_issue(456), 141)
    assert ("시셴신구", "8.1", None, None, 2027) in figures
    assert [f for f in figures if f[0] == "톈푸신구"] == [("톈푸신구", "8.7", None, None, 2027)]


def test_a_list_named_as_the_set_a_region_is_picked_from_shares_no_figure(corpus_issue):
    # 590 l.76 `반면 인구가 줄어든 4 개 성, 즉 헤이룽장성(…), 지린성(…), 랴오닝성(…), 간쑤성(…), 산시성(…) 가운데서는
    # 헤이룽장성의 감소 폭이 29 만 명으로 가장 컸다. 지린성은 17 만 명이 줄어 두 번째로 감소 폭이 컸다.`
    figures = figures_at(corpus_issue(590), 76)
    assert [f for f in figures if f[1] == "-290000"] == [("헤이룽장성", "-290000", 1, None, 2030)]
    assert ("지린성", "-170000", 2, None, 2030) in figures
    # 565 l.96 `직할시 네 곳, 즉 베이징·상하이·톈진·충칭 가운데서는 충칭시(重庆市)가 올해 5.2% 성장해 상하이시(4.9%)와
    # 함께 …`: 5.2% is 충칭시's alone
    figures = figures_at(corpus_issue(565), 96)
    assert [f for f in figures if f[1] == "5.2"] == [("충칭시", "5.2", None, None, 2030)]
    assert ("상하이시", "4.9", None, None, 2030) in figures


def test_first_place_beside_the_levels_of_others_in_brackets(corpus_issue):
    # 591 l.105 `지난해 증가율은 안후이성이 5.0%로 가장 높아 상하이시(4.4%)와 저장성(4.6%)을 웃돌았다.`
    figures = figures_at(corpus_issue(591), 105)
    assert figures[:3] == [("안후이성", "5", 1, None, 2030), ("상하이시", "4.4", None, None, 2030),
                           ("저장성", "4.6", None, None, 2030)]


def test_a_rank_after_the_level_of_a_region_that_fell_back(corpus_issue):
    # 550 l.134 `… 상하이는 1 만 1,230 개사로 3 위로 밀려났다.`
    assert ("상하이", "11230", 3, None, 2030) in figures_at(corpus_issue(550), 134)


def test_a_year_before_a_subject_with_an_aside_dates_the_gap_stated_after_it(corpus_issue):
    # 591 l.224 `선전시의 지난해 R&D 투자 강도(GDP 대비 연구개발비 비중)는 6.3%로 광저우시(3.9%)보다 2.4%p 높았다.
    # 광저우시는 2029년 3.6%에서 0.3%p 오르며 …` (the issue is of May 2031: 지난해 is 2030)
    figures = figures_at(corpus_issue(591), 224)
    assert ("선전시", "2.4", None, None, 2030) in figures
    assert ("광저우시", "3.6", None, None, 2029) in figures
    assert ("광저우시", "0.3", None, None, 2030) in figures
