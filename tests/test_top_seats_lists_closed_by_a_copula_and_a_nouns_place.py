"""Shapes unseen issues 1027 (chips and computing power) and 1029 (the silver economy) showed when first read: first
place stated as the top seat of a kind held (`여전히 최대 공급국 자리를 지켰다`), a count's list closed by the copula going
on (`5 개 도시는 난징(南京), 창사(长沙), 쿤밍(昆明), 하얼빈이며, …`), and a place naming where a noun is inside its topic's
clause (`닝샤후이족자치구는 중웨이 클러스터에 … 들어서면서 규모가 162% 급증해`), which is no subject. Values read by hand
from the lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.prose_figures import block_to_figures


def test_the_top_seat_held_is_first_place(corpus_issue):
    # 1027 l.37: imports from 한국 1,032억 달러, 25.7% of the whole, still the largest supplier (2025)
    assert ("한국", "103200000000", 1, None, 2025) in figures_at(corpus_issue(1027), 37)
    figures = block_to_figures("수출은 베트남이 120억 달러로 최대 공급국 자리를 내줬다.", 2025)[0]
    assert [(f["region_ko"], f["rank"]) for f in figures] == [("베트남", None)]


def test_a_list_closed_by_the_copula_going_on(corpus_issue):
    # 1029 l.108: five cities said, four listed
    assert warnings_of(corpus_issue(1029), "count_mismatch") == [
        (108, "the text says 5개 도시 but lists 4: 난징(南京), 창사(长沙), 쿤밍(昆明), 하얼빈")]


def test_a_place_of_a_noun_inside_the_topics_clause(corpus_issue):
    # 1027 l.97: 닝샤후이족자치구 162% first, 네이멍구자치구 118% second, 간쑤성 97% third (2025)
    assert [(r, v, rank) for r, v, rank, _, _ in figures_at(corpus_issue(1027), 97)][:3] == [
        ("닝샤후이족자치구", "162", 1), ("네이멍구자치구", "118", 2), ("간쑤성", "97", 3)]
    # 989 l.174: 허페이's quantum firms passed 210 (not 가오신구, where they gather)
    assert ("허페이", "210", 1, "min", 2038) in figures_at(corpus_issue(989), 174)


def test_a_place_whose_firms_go_on_as_subject(corpus_issue):
    # 1027 l.109: 상하이시's firms raised about 112억 위안, 47.5% of the whole (2026)
    assert [(r, v) for r, v, _, _, _ in figures_at(corpus_issue(1027), 109)][-2:] == [
        ("상하이시", "11200000000"), ("상하이시", "47.5")]
    # firms of a nation's, acting abroad, are no subject of the nation's figure
    assert block_to_figures("중국 배터리 기업이 해외에서 짓고 있는 공장은 47곳으로, 2년 새 두 배 늘었다.", 2025)[0] == []
