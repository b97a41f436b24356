"""Ranks a text gives in passing: a follower whose figure is a bound, first place in the nation (`중국 최대`), a rank
stated after the region is named again, a place glossed in a ranking, a level whose change follows it, places counted
in order with the set they make. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of


def test_a_follower_whose_figure_is_a_bound(corpus_issue):
    # 997 l.96 `목표치가 가장 높은 곳은 시짱자치구로 '6.5% 가량'을 제시했고, 하이난성(6%)과 신장위구르자치구(5.5% 이상)가 뒤를 이었다.`
    figures = figures_at(corpus_issue(997), 96)
    assert ("하이난성", "6", 2, None, 2039) in figures and ("신장위구르자치구", "5.5", 3, "min", 2039) in figures
    # 396 l.88 `베이징시에 AI 기업 약 2,400곳이 몰려 …, 상하이시(1,150곳)와 선전시(1,000곳 이상)가 뒤를 이었다.`
    assert ("선전시", "1000", 3, "min", 2026) in figures_at(corpus_issue(396), 88)


def test_first_in_the_nation(corpus_issue):
    # 997 l.198 `네이멍구 오르도스(鄂尔多斯)의 그린수소 생산능력은 연 32 만 톤으로 중국 최대이며, …`
    assert ("오르도스", "320000", 1, None, 2038) in figures_at(corpus_issue(997), 198)
    # 562 l.188 `상하이시 푸둥신구(浦东新区)의 2029년 GDP는 1조 8,600억 위안으로 …, 단일 구로는 중국 최대 규모를 유지했다.`
    assert ("푸둥신구", "1860000000000", 1, None, 2029) in figures_at(corpus_issue(562), 188)


def test_a_rank_stated_of_the_region_named_again(corpus_issue):
    # 1000 l.81 `같은 날 발표된 청두의 GDP 는 4 조 5,230 억 위안으로, 성장률은 5.8%였다. 청두는 부성급 도시 가운데 선전, 광저우에 이어
    # 3 위를 유지했다.`
    figures = figures_at(corpus_issue(1000), 81)
    assert ("청두", "4523000000000", 3, None, 2038) in figures and ("청두", "5.8", None, None, 2038) in figures


def test_a_place_glossed_in_a_ranking(corpus_issue):
    # 997 l.131 `네이멍구가 허린거얼(和林格尔)에 약 53 만 개의 표준 랙을 갖춰 규모 1 위를 차지했고, 장자커우(张家口)가 48 만 6,000 개,
    # 구이안(贵安)이 41 만 3,000 개로 뒤를 이었다.`: 贵安 is no city, but it is listed where places are
    figures = figures_at(corpus_issue(997), 131)
    assert ("장자커우", "486000", 2, None, 2038) in figures and ("구이안", "413000", 3, None, 2038) in figures


def test_the_change_after_a_level_takes_no_rank(corpus_issue):
    # 996 l.134 `반면 광둥성은 상주인구가 1억 2,797만 명으로 17만 명 늘며 인구 1위 자리를 지켰다.`
    figures = figures_at(corpus_issue(996), 134)
    assert ("광둥성", "127970000", 1, None, 2038) in figures and ("광둥성", "170000", None, None, 2038) in figures


def test_places_in_order_and_the_set_they_make(corpus_issue):
    # 999 l.66 `도시별로는 베이징 12 곳, 상하이 9 곳, 선전 7 곳, 항저우 5 곳, 허페이 4 곳, 우한 3 곳 순으로, 이들 5 개 도시에만 40 곳이
    # 몰렸다.`: ranked in order; the forty are the set's, not 우한's
    figures = figures_at(corpus_issue(999), 66)
    assert [(f[0], f[1], f[2]) for f in figures] == [("베이징", "12", 1), ("상하이", "9", 2), ("선전", "7", 3),
                                                     ("항저우", "5", 4), ("허페이", "4", 5), ("우한", "3", 6)]


def test_a_count_of_the_rows_picked_for_a_table(corpus_issue):
    # 1000 l.128 `편집부는 이 가운데 한국 기업과 공동 연구 실적이 있는 12 곳을 골라 주소와 함께 정리했다.` over a table of 11 institutes
    found = [message for line, message in warnings_of(corpus_issue(1000), "count_mismatch") if line == 128]
    assert len(found) == 1 and "12곳 but lists 11" in found[0]
    # 963 l.189 `… 사례를 정리하고, 그 가운데 기업 3곳을 골라 소개한다.` over a table of five rounds: what it will introduce is
    # elsewhere; 385 l.133 `… 4개 사를 골라 소개한다.` over cards
    assert not [line for line, _ in warnings_of(corpus_issue(963), "count_mismatch") if line == 189]
    assert not [line for line, _ in warnings_of(corpus_issue(385), "count_mismatch") if line == 133]
