"""Shapes 837–844 showed: a column of running totals headed with a period before `누적`, a lead stated by an ambitious
target, followers tied on one figure written once, a list a count has before it with a table after it, places each
with their province before them, and a count of the places something is held in over the schedule under it. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def _amounts(result, line: int) -> list[tuple]:
    return [(a["column"], a["raw"], a["cumulative"]) for a in records_of(result, "amounts") if a["line"] == line]


def test_a_running_total_column_with_a_period_before_its_word(corpus_issue):
    # 838 l.79 header `지역	투자 건수(건)	투자 금액(억 위안)	전년 동기 대비(%)	연간 누적 금액(억 위안)`, l.80 `…	2,905`
    assert _amounts(corpus_issue(838), 80)[-1] == (5, "2,905", True)
    # 375 l.109 `지역	1~6차 누적	제7차 신규`: the rounds summed, no running total (l.110 `저장성	1,670	312`)
    assert _amounts(corpus_issue(375), 110) == [(2, "1,670", False), (3, "312", False)]


def test_a_lead_by_ambition_and_followers_tied_on_one_figure(corpus_issue):
    # 838 l.31 `가장 공격적인 목표를 내건 곳은 시짱자치구(西藏自治区)로 2036 년 '7% 이상'을 제시했고, 하이난성(海南省) 6.5%, 안후이성(安徽省)
    # 6% 순이었다.`
    assert figures_at(corpus_issue(838), 31)[:3] == [("시짱자치구", "7", 1, "min", 2036), ("하이난성", "6.5", 2, None, 2036),
                                                     ("안후이성", "6", 3, None, 2036)]
    # 843 l.58 `… 시짱자치구(西藏自治区)가 7% 안팎으로 가장 높았고, 하이난성(海南省)과 신장위구르자치구(新疆维吾尔自治区)가 6% 안팎으로
    # 그 뒤를 이었다.`
    assert figures_at(corpus_issue(843), 58)[:3] == [("시짱자치구", "7", 1, None, 2036), ("하이난성", "6", 2, None, 2036),
                                                     ("신장위구르자치구", "6", 2, None, 2036)]


def test_counts_of_places_with_their_provinces_and_a_list_before_a_table(corpus_issue):
    # 840 l.30 `지난해 새로 이름을 올린 도시는 다섯 곳으로, 산둥성의 옌타이(烟台)와 웨이팡(潍坊), 허베이성의 탕산(唐山), 장쑤성의 쉬저우(徐州)다.`
    assert warnings_of(corpus_issue(840), "count_mismatch") == [
        (30, "the text says 5곳 but lists 4: 산둥성의 옌타이(烟台), 웨이팡(潍坊), 허베이성의 탕산(唐山), 장쑤성의 쉬저우(徐州)")]
    # 841 l.142 `KIC 중국은 베이징 본부와 상하이·선전·청두·우한 등 4 개 지역 거점을 통해 … 거점별 실적은 아래와 같다.` over a table of
    # five offices: the list before the count is its own, and open (`등`)
    assert warnings_of(corpus_issue(841), "count_mismatch") == []


def test_a_count_of_places_over_the_schedule_under_it(corpus_issue):
    # 842 l.120 `… 설명회는 베이징을 시작으로 모두 다섯 개 도시에서 열리며, …` over l.122–125 `· 3 월 12 일(수) 베이징 — 중관춘(中关村)
    # KIC 중국 본부`, `· … 항저우 — …`, `· … 선전 — …`, `· … 우한 — …`
    assert warnings_of(corpus_issue(842), "count_mismatch") == [(120, "the text says 5개 도시 but lists 4: 베이징, 항저우, 선전, 우한")]
