"""A sentence looking back on the same period of an earlier year (`'37 년 같은 기간 …이었다`, `지난해 같은 기간 …`, `'37 년
1~3 분기에는 …`) dates its own figures only; the sentences after it, and a ranking going on after a first place it looked
back on, are in the paragraph's period again. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_the_same_period_a_year_before_dates_its_sentence_only(corpus_issue):
    issue = corpus_issue(987)
    # l.91 `… '37 년 같은 기간 상하이의 1 인당 가처분소득은 7 만 9,210 위안이었다. 상하이의 증가율(4.1%)은 베이징보다 0.3%p 높았다.`
    figures = figures_at(issue, 91)
    assert ("상하이", "79210", None, None, 2037) in figures
    assert ("상하이", "4.1", None, None, 2038) in figures and ("상하이", "0.3", None, None, 2038) in figures
    # l.147 `지난해 같은 기간 쓰촨성의 수출입은 1 조 1,540 억 위안이었다. 이웃한 충칭은 9,740 억 위안으로 8.2% 증가했는데, …`
    figures = figures_at(issue, 147)
    assert ("쓰촨성", "1154000000000", None, None, 2037) in figures
    assert ("충칭", "974000000000", None, None, 2038) in figures and ("충칭", "8.2", None, None, 2038) in figures


def test_a_ranking_after_a_first_place_looked_back_on(corpus_issue):
    # 988 l.122 `… '37 년 1~3 분기에는 둥관이 6.1%로 증가율 1 위였다. 홍콩은 2.9% 성장에 그쳐 11 개 도시 가운데 11 위였다. 광저우에서는
    # 황푸구(黄埔区)가 5.8% 성장해 11 개 구 가운데 1 위에 올랐다.`
    figures = figures_at(corpus_issue(988), 122)
    assert ("둥관", "6.1", 1, None, 2037) in figures
    assert ("홍콩", "2.9", 11, None, 2038) in figures and ("황푸구", "5.8", 1, None, 2038) in figures


def test_a_new_measures_year_still_leads_its_ranking(corpus_issue):
    # 673 l.78 `한편 2031 년 1 인당 GDP 는 베이징이 21 만 4,000 위안으로 가장 높았고, … 장쑤성은 16 만 위안을 넘어 3 위를 지켰다.`
    # after a 2032 ranking of another measure in the same unit: the 2031 ranking goes on in 2031
    assert ("장쑤성", "160000", 3, "min", 2031) in figures_at(corpus_issue(673), 77)


def test_the_year_a_ratio_is_taken_against(corpus_issue):
    # 984 l.103 `같은 기간 마카오를 찾은 방문객은 3,120 만 명으로 2019 년 같은 기간의 105% 수준까지 늘었다.`: 105% of 2019's, in 2038
    assert ("마카오", "105", None, None, 2038) in figures_at(corpus_issue(984), 103)
    # 729 l.72 `허난성의 성장률은 4.2%로, 2032 년 같은 기간의 5.0%에서 0.8%p 낮아졌다.`: a level of 2032, which it fell from
    assert ("허난성", "5", None, None, 2032) in figures_at(corpus_issue(729), 72)


def test_a_multiple_of_years_before_is_this_years(corpus_issue):
    # 989 l.143 `허페이(合肥)는 … 투자 건수가 5 년 전의 1.8 배로 늘었고`; 990 l.147 `빈하이신구의 바이오제조 생산액은 1,180 억
    # 위안으로 5 년 전의 2.1 배가 됐다`: the multiples are 2038's, measured by 2033's
    assert ("허페이", "1.8", None, None, 2038) in figures_at(corpus_issue(989), 143)
    assert ("빈하이신구", "2.1", None, None, 2038) in figures_at(corpus_issue(990), 147)


def test_this_month_and_the_month_before(corpus_issue):
    # 986 (2038-12-17) l.119 `마카오특별행정구도 이달 초 과학기술 창업 지원 기금을 2 억 파타카로 확대했다.`
    assert ("마카오특별행정구", "200000000", None, None, 2038) in figures_at(corpus_issue(986), 119)
    # 543 l.146 `홍콩특별행정구 정부는 지난달 100 억 홍콩달러 규모의 첨단기술 모태펀드를 공식 출범시켰다.`
    assert ("홍콩특별행정구", "10000000000", None, None, 2030) in figures_at(corpus_issue(543), 146)


def test_a_place_given_up_in_an_earlier_year(corpus_issue):
    # 990 l.122 `우한은 6,400 억 위안으로 2037 년 시안에 내줬던 4 위 자리를 되찾았고, 시안(5,600 억 위안)은 5 위로 한 계단
    # 내려섰다.`: 2037 dates the place given up, not the figures after it
    assert ("시안", "560000000000", 5, None, 2038) in figures_at(corpus_issue(990), 122)
    # 991 l.81 `지난해 성장률이 가장 낮았던 곳은 동북 지역이었다. 헤이룽장성은 2.6%에 그쳐 … 최하위에 머물렀고, …`: a year
    # describing the topic dates the paragraph
    assert ("헤이룽장성", "2.6", 31, None, 2038) in figures_at(corpus_issue(991), 81)
