"""Shapes 805–812 showed: an article dated only by the day its results came out, a ranking closed by `…가 차례로 뒤를
이었다` after a count, places listed after `4 곳으로,` closed by where they are, and a name translated word by word; 820, a heading numbered before a dash.
Values read by hand from the issues' lines."""

from conftest import figures_at, names_at, records_of, warnings_of


def test_results_announced_on_a_recent_day_are_this_years(corpus_issue):
    # 810 l.54 `재정부와 과학기술부(科学技术部)는 지난 15 일 ‘중서부 창업투자 유도기금’ 2 차 배정 결과를 발표했다.` (dated
    # 2035.07.20), l.56 `지역별로는 쓰촨성(四川省)이 18 억 5,000 만 위안으로 가장 많이 받았고 후베이성(湖北省)이 16 억 위안으로
    # 2 위였다. 충칭은 9 억 8,000 만 위안으로 1 차 배정 때보다 12.5% 줄었다.`
    assert figures_at(corpus_issue(810), 56) == [
        ("쓰촨성", "1850000000", 1, None, 2035), ("후베이성", "1600000000", 2, None, 2035),
        ("충칭", "980000000", None, None, 2035), ("충칭", "-12.5", None, None, 2035)]


def test_a_count_then_places_ranked_and_closed_by_following_on(corpus_issue):
    # 810 l.28 `성장률로는 6%를 웃돈 도시가 다섯 곳이었다. 허페이(合肥)가 7.1%로 가장 높았고 시안(西安) 6.8%, 창사(长沙)
    # 6.5%, 구이양(贵阳) 6.2%가 차례로 뒤를 이었다.`
    assert warnings_of(corpus_issue(810), "count_mismatch") == [(28, "the text says 5곳 but lists 4: 허페이, 시안, 창사, 구이양")]
    # but not a count the places are picked from: 758 l.60 `상반기 네 곳 가운데 성장률이 가장 높았던 곳은 하이난성으로 6.8%를
    # 기록했다. 푸젠성이 5.3%로 두 번째였고, 광시 4.9%, 광둥성 4.6%가 차례로 뒤를 이었다.`
    assert [w for w in warnings_of(corpus_issue(758), "count_mismatch") if w[0] == 60] == []


def test_places_after_a_count_closed_by_where_they_are(corpus_issue):
    # 812 l.115 `올해 하반기 신규 접수 도시는 4 곳으로, 쑤저우(苏州), 허페이, 우한(武汉), 시안(西安), 창사(长沙)의 협력 거점에서
    # 동시에 신청을 받는다.`
    assert warnings_of(corpus_issue(812), "count_mismatch") == [
        (115, "the text says 4곳 but lists 5: 쑤저우(苏州), 허페이, 우한(武汉), 시안(西安), 창사(长沙)")]
    # but not words after a count in brackets: 793 l.87 `(4 개 성·시가 평가 기준을 통일하고, 한 지역에서 인증받은 기관은 …)`
    assert [w for w in warnings_of(corpus_issue(793), "count_mismatch") if w[0] == 87] == []


def test_a_name_translated_word_by_word():
    # 811 l.105 `체화 지능(具身智能) 열풍 속에 …`: `지능` reads 智能, `체화` translates 具身
    assert names_at(811, 105) == [("체화 지능", "具身智能")]
    # 469 l.161 `… 지난해 4 분기 1 차 시장(一级市场)의 투자 건수는 …`
    assert ("1차 시장", "一级市场") in names_at(469, 161)


def test_a_heading_numbered_before_a_dash(corpus_issue):
    # 820 l.29 `01 ─ 국무원, 초기 과학기술형 기업 세제 특례 2년 연장`, l.52 `02 ─ 1~8월 동부 연해 수출 성적과 중서부의 추격`
    sections = records_of(corpus_issue(820), "sections")
    assert [(s["title"], s["page_start"]) for s in sections[:2]] == [
        ("국무원, 초기 과학기술형 기업 세제 특례 2년 연장", 2), ("1~8월 동부 연해 수출 성적과 중서부의 추격", 3)]
