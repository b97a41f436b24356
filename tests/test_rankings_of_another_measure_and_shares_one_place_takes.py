"""Kinds met in a thirty-first round (1213 robotaxis, 1215 industrial internet, 1217 trade-in subsidies, 1219 fintech): a
ranking of one measure with no figures (`로봇 기업 수는 … 순으로 많았다`) before figures of another (`… 로봇 보유량은 8만 대를`),
a level of a hierarchy named like first place (`최상위 노드`), a share one place takes as the subject after it (`전국 주문의
40% 이상을 우한 한 곳이`), and what an amount is worth before its mark (`1조 3,000억 위안어치를 웃돌았다`); read by hand from
the lines named."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_ranks import first_place


def test_a_ranking_of_another_measure_ranks_no_figure(corpus_issue):
    # 1215 l.186: `도시별 로봇 기업 수는 선전(深圳), 쑤저우(苏州), 포산(佛山), 둥관(东莞) 순으로 많았다. 2024년 말 둥관의 산업용 로봇
    # 보유량은 8만 대를 넘어섰고, 포산은 6만 대 이상으로 집계됐다.`
    assert figures_at(corpus_issue(1215), 186) == [("둥관", "80000", None, "min", 2024), ("포산", "60000", None, "min", 2024)]


def test_a_level_of_a_hierarchy_is_no_first_place(corpus_issue):
    # 1215 l.153: `2025년 상반기 충칭 최상위 노드의 일평균 해석량은 1억 2,000만 건으로, 2023년 같은 기간의 4,500만 건에서 크게 늘었다.`
    assert figures_at(corpus_issue(1215), 153) == [("충칭", "120000000", None, None, 2025), ("충칭", "45000000", None, None, 2023)]
    assert first_place("최상위 노드의 해석량은") is None and first_place("3년째 최상위를 지켰다") is not None


def test_a_share_one_place_takes(corpus_issue):
    # 1213 l.65: `… 2025년 1~9월 우한의 로보택시 누적 주문은 약 520만 건에 달했다. 전국 주문의 40% 이상을 우한 한 곳이 소화한
    # 셈이다. …`
    assert figures_at(corpus_issue(1213), 65)[1] == ("우한", "40", None, "min", 2025)


def test_what_an_amount_is_worth_before_its_mark(corpus_issue):
    # 1217 l.47: `… 이에 힘입어 전국에서 이구환신으로 팔린 소비품은 1조 3,000억 위안어치를 웃돌았다.`
    assert figures_at(corpus_issue(1217), 47)[-1] == ("전국", "1300000000000", None, "min", 2024)
